/**
 * The Lean chain's clock: {@link io.leandevnet.node.clock.SlotClock} turns wall time into slot and
 * interval (4 s slots of five 800 ms intervals, from GENESIS_TIME), and {@link
 * io.leandevnet.node.clock.IntervalTicker} calls the node once at the start of every interval.
 */
package io.leandevnet.node.clock;
