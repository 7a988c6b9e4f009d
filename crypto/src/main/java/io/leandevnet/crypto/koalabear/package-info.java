/** The KoalaBear prime field p = 2^31 - 2^24 + 1. */
package io.leandevnet.crypto.koalabear;
