package dev.zoetrope.config;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ModelConfigTest {

  @Test
  void theWidePresetGivesObjectsFourTimesTheCellsAtSmallsTokenCount() {
    ModelConfig small = ModelConfig.preset("small"), wide = ModelConfig.preset("wide");
    assertEquals(4, wide.autoencoder().spatialDownsample());
    int smallCell = small.autoencoder().spatialDownsample() * small.autoencoder().spatialDownsample();
    int wideCell = wide.autoencoder().spatialDownsample() * wide.autoencoder().spatialDownsample();
    assertEquals(4 * wideCell, smallCell, "four latent cells where small has one");
    assertEquals(small.autoencoder().latentChannels() * wideCell, wide.autoencoder().latentChannels() * smallCell,
        "the same latent values per pixel: 16 channels per 8x8 pixels, 4 per 4x4");
    assertEquals(small.sizeMultiple(), wide.sizeMultiple(), "tokens of 16x16 pixels in both");
    assertEquals(small.dit().patchValues(), wide.dit().patchValues());
    assertEquals(256, wide.dit().hiddenSize());
    assertEquals(32, wide.dit().headSize());
    assertTrue(wide.dit().pooledText());
  }

  @Test
  void anUnknownPresetNamesTheKnownOnes() {
    var error = assertThrows(IllegalArgumentException.class, () -> ModelConfig.preset("huge"));
    assertTrue(error.getMessage().contains("'huge'") && error.getMessage().contains("wide"), error.getMessage());
  }
}
