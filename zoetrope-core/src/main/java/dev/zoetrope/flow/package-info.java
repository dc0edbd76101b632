/** Flow matching: rectified-flow interpolation and loss, logit-normal times with shift, task mixture. */
package dev.zoetrope.flow;
