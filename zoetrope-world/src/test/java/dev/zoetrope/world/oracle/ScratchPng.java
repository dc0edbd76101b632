package dev.zoetrope.world.oracle;

import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.io.File;

final class ScratchPng {
  static void write(Video v, String prefix) {
    try {
      for (int k = 0; k < v.frameCount(); k++) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        byte[] f = v.frame(k);
        for (int p = 0; p < v.width() * v.height(); p++) img.setRGB(p % v.width(), p / v.width(), ((f[3*p]&255)<<16)|((f[3*p+1]&255)<<8)|(f[3*p+2]&255));
        javax.imageio.ImageIO.write(img, "png", new File(prefix + k + ".png"));
      }
    } catch (Exception e) { throw new RuntimeException(e); }
  }
}
