package dev.zoetrope.world.oracle;

import org.junit.jupiter.api.Test;

class ScratchProfile2 {
  @Test
  void run() {
    double[] a = CameraEstimator.grey(Sketch.textured(192, 108, 0, 0, 1).rgb);
    double[] b = CameraEstimator.grey(Sketch.textured(192, 108, 1.3, 0.4, 1).rgb);
    boolean[] none = new boolean[192 * 108];
    for (int i = 0; i < 200; i++) CameraEstimator.step(a, b, none, none, 192, 108);
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) CameraEstimator.step(a, b, none, none, 192, 108);
    long t1 = System.nanoTime();
    DirectAlignment.Image ia = DirectAlignment.Image.of(a, 192, 108), ib = DirectAlignment.Image.of(b, 192, 108);
    boolean[] bg = DirectAlignment.background(none, none, 192, 108);
    for (int i = 0; i < 200; i++) new DirectAlignment(ia, ib, bg, 192, 108, 3).refine(new CameraEstimator.Step(1, 0, 0));
    long t2 = System.nanoTime();
    for (int i = 0; i < 200; i++) new DirectAlignment(ia, ib, bg, 192, 108, 3).refine(new CameraEstimator.Step(1, 0, 0));
    long t3 = System.nanoTime();
    for (int i = 0; i < 200; i++) { DirectAlignment.Image.of(a, 192, 108); DirectAlignment.background(none, none, 192, 108); }
    long t4 = System.nanoTime();
    System.out.printf("coarse %.2f ms refine %.2f ms image+bg %.2f ms%n", (t1 - t0) / 2e8, (t3 - t2) / 2e8, (t4 - t3) / 2e8);
  }
}
