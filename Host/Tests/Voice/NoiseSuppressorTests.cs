using System;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Host.WalletPeer.Voice;
using Xunit;

namespace GlassesFirmware.Host.Tests.Voice
{
    /// <summary>The wallet's noise suppression before recognition, and the recognizer hearing each utterance on its own.</summary>
    public sealed class NoiseSuppressorTests
    {
        [Fact]
        public void SteadyNoiseIsLoweredAndATonePassesNearlyWhole()
        {
            // One second of room noise, then a 1 kHz tone in that noise, then noise again: 10 dB below the tone. With a
            // floor of 0.5 and plain subtraction the noise is lowered by about 2 dB on average (its bins fluctuate above
            // their mean), the tone not at all.
            short[] tone = new short[16000];
            for (int i = 0; i < tone.Length; i++)
            {
                tone[i] = (short)(6000 * Math.Sin(2 * Math.PI * 1000 * i / 16000));
            }

            short[] mixed = RoomNoise.Mix(tone, 10, 1000, 4);
            short[] suppressed = NoiseSuppressor.Suppress(mixed);
            Assert.Equal(mixed.Length, suppressed.Length);

            double noiseBefore = Power(mixed, 2000, 14000);
            double noiseAfter = Power(suppressed, 2000, 14000);
            double toneBefore = Power(mixed, 18000, 30000);
            double toneAfter = Power(suppressed, 18000, 30000);
            Assert.True(10 * Math.Log10(noiseBefore / noiseAfter) > 1.5, "noise lowered by " + (10 * Math.Log10(noiseBefore / noiseAfter)).ToString("F1") + " dB");
            Assert.True(Math.Abs(10 * Math.Log10(toneBefore / toneAfter)) < 0.5, "tone changed by " + (10 * Math.Log10(toneBefore / toneAfter)).ToString("F1") + " dB");
        }

        [Fact]
        public void AnUtteranceShorterThanFourFramesIsLeftAlone()
        {
            short[] pcm = RoomNoise.Make(900, 500, 1);
            Assert.Same(pcm, NoiseSuppressor.Suppress(pcm));
        }

        [Fact]
        public void WhatTheRecognizerHeardBeforeChangesNothing()
        {
            // The front end's noise estimate used to carry over from one utterance to the next: the same utterance
            // scored differently after loud noise had been decoded.
            short[] confirm = RoomNoise.Mix(SpeechSynthesizer.Speak("confirm", "en-us"), 10, 300, 8);
            short[] loud = RoomNoise.Make(16000, 6000, 9);
            using PocketSphinx recognizer = PocketSphinx.Open(SpokenIntent.Grammar);
            string first = recognizer.Score(SpokenIntent.Grammar, confirm, out int before);
            recognizer.Recognize(loud);
            recognizer.Recognize(loud);
            string second = recognizer.Score(SpokenIntent.Grammar, confirm, out int after);
            Assert.Equal(first, second);
            Assert.Equal(before, after);
        }

        private static double Power(short[] pcm, int from, int to)
        {
            double sum = 0;
            for (int i = from; i < to; i++)
            {
                sum += (double)pcm[i] * pcm[i];
            }

            return sum / (to - from);
        }
    }
}
