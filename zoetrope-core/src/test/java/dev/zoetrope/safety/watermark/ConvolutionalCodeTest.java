package dev.zoetrope.safety.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvolutionalCodeTest {
  @Test
  void correctsScatteredErrorsAndNoise() {
    Random random = new Random(11);
    boolean[] message = new boolean[72];
    for (int i = 0; i < message.length; i++) message[i] = random.nextBoolean();
    boolean[] coded = ConvolutionalCode.encode(message);
    assertEquals(ConvolutionalCode.codedLength(72), coded.length);
    double[] soft = new double[coded.length];
    for (int i = 0; i < coded.length; i++) soft[i] = (coded[i] ? 1 : -1) + 0.6 * random.nextGaussian();
    for (int i = 0; i < coded.length; i += 13) soft[i] = -soft[i]; // a hard error every 13 bits
    assertArrayEquals(message, ConvolutionalCode.decode(soft, 72));
  }

  @Test
  void payloadWithAWrongCrcIsRejected() {
    Payload payload = Payload.of("model", "job");
    boolean[] coded = TileLayout.codedBits(payload);
    assertEquals(payload, TileLayout.decode(hard(coded)));
    boolean[] message = new boolean[TileLayout.MESSAGE_BITS];
    System.arraycopy(payload.toBits(), 0, message, 0, Payload.BITS);
    int wrongCrc = TileLayout.crc8(payload.toBits()) ^ 0x01;
    for (int i = 0; i < 8; i++) message[Payload.BITS + i] = ((wrongCrc >>> (7 - i)) & 1) == 1;
    assertNull(TileLayout.decode(hard(ConvolutionalCode.encode(message))));
  }

  private static double[] hard(boolean[] bits) {
    double[] soft = new double[bits.length];
    for (int i = 0; i < bits.length; i++) soft[i] = bits[i] ? 1 : -1;
    return soft;
  }
}
