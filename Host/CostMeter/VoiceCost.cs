using System;
using System.Reflection;
using GlassesFirmware.Host.Adapters.Confirmation;
using GlassesFirmware.Host.Metering;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost voice</c>: IL instructions per second of 16 kHz audio for the voice path of the instrumented
    /// runtime, as the device runs it: the capture thread appends each 20 ms DMA read to the microphone ring
    /// (<c>PcmRing.Write</c>), the session takes it out as a frame (<c>PcmRing.Read</c>), voice activity detection
    /// classifies it, and during an utterance the frame is encoded to IMA ADPCM, by the portable encoder in IL or
    /// by the native one (Hardware/Voice/NativeImaAdpcm.cs), or to 16 kHz mu-law (MuLawEncoder with codec 2, the stock image's) or
    /// 8 kHz mu-law (codec 1; their BitConverter calls are native on nanoFramework and count as one call instruction each). For 16-bit slots (PDM microphones) and 32-bit slots
    /// (I2S MEMS), on synthetic room noise and a speech-like signal (two tones with noise, amplitude changing
    /// every 100 ms).
    /// </summary>
    public static class VoiceCost
    {
        private const int Rate = 16000;
        private const int Frame = 320;

        // IL that NativeImaAdpcm.EncodeBlock executes per block around its one InternalCall: ldarg.1 to ldarg.s 6,
        // ldarg.0, ldfld _state, call NativeEncodeBlock, ret. The native call counts as that one call
        // instruction; the C loop it runs is not IL.
        private const int NativeBlockIl = 10;

        private enum Encoder
        {
            None,
            Portable,
            Native,
            MuLaw8k,
            MuLaw16k,
        }

        public static int Run()
        {
            Assembly runtime = MeteredRuntime.Shared.Runtime;
            FieldInfo count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            Type vadType = runtime.GetType("GlassesFirmware.Confirmation.VoiceActivityDetector");
            Type codecType = runtime.GetType("GlassesFirmware.Confirmation.ImaAdpcm");
            Type muLawType = runtime.GetType("GlassesFirmware.Confirmation.MuLawEncoder");
            Type ringType = runtime.GetType("GlassesFirmware.Audio.PcmRing");
            MethodInfo process = vadType.GetMethod("Process");
            MethodInfo encode = codecType.GetMethod("EncodeBlock");
            MethodInfo encodeMuLaw = muLawType.GetMethod("EncodeBlock");
            MethodInfo write = ringType.GetMethod("Write");
            MethodInfo read = ringType.GetMethod("Read");

            short[] noise = Signal(seconds: 3, speech: false);
            short[] speech = Signal(seconds: 3, speech: true);
            Console.WriteLine("IL instructions per second of 16 kHz mono audio: microphone ring in and out, voice activity detection,");
            Console.WriteLine("and IMA ADPCM during an utterance (3 s measured after a 3 s warm-up pass; native IMA ADPCM = " + NativeBlockIl);
            Console.WriteLine("IL per 20 ms block around one interop call, the C encoder itself uncounted):");
            foreach ((string name, short[] pcm, int slot, bool ring, Encoder encoder) in new[]
            {
                ("VAD alone (no ring), room noise", noise, 2, false, Encoder.None),
                ("listening, room noise, 16-bit slots (PDM)", noise, 2, true, Encoder.None),
                ("listening, room noise, 32-bit slots (I2S MEMS)", noise, 4, true, Encoder.None),
                ("listening, speech-like, 16-bit slots", speech, 2, true, Encoder.None),
                ("utterance, speech-like, native ADPCM, 16-bit", speech, 2, true, Encoder.Native),
                ("utterance, speech-like, native ADPCM, 32-bit", speech, 4, true, Encoder.Native),
                ("utterance, room noise, native ADPCM, 16-bit", noise, 2, true, Encoder.Native),
                ("utterance, speech-like, 16 kHz mu-law, 16-bit", speech, 2, true, Encoder.MuLaw16k),
                ("utterance, speech-like, 16 kHz mu-law, 32-bit", speech, 4, true, Encoder.MuLaw16k),
                ("utterance, room noise, 16 kHz mu-law, 16-bit", noise, 2, true, Encoder.MuLaw16k),
                ("utterance, speech-like, 8 kHz mu-law, 16-bit", speech, 2, true, Encoder.MuLaw8k),
                ("utterance, speech-like, 8 kHz mu-law, 32-bit", speech, 4, true, Encoder.MuLaw8k),
                ("utterance, room noise, 8 kHz mu-law, 16-bit", noise, 2, true, Encoder.MuLaw8k),
                ("utterance, speech-like, ADPCM in IL, 16-bit", speech, 2, true, Encoder.Portable),
                ("utterance, speech-like, ADPCM in IL, 32-bit", speech, 4, true, Encoder.Portable),
            })
            {
                byte[] slots = PcmSlots.FromSamples(pcm, slot);
                int frameBytes = Frame * slot;
                object vad = Activator.CreateInstance(vadType, 10, slot);
                object codec = Activator.CreateInstance(codecType);
                // Built before counting: a table is made once at boot, not per second of audio.
                object muLaw8k = Activator.CreateInstance(muLawType, 1);
                object muLaw16k = Activator.CreateInstance(muLawType, 2);
                object pcmRing = Activator.CreateInstance(ringType, Rate, slot);
                byte[] frame = new byte[frameBytes];
                byte[] block = new byte[Frame];
                long perSecond = 0;
                for (int pass = 0; pass < 2; pass++)
                {
                    // Pass 0 warms up (floor settles); pass 1 is counted.
                    count.SetValue(null, 0L);
                    for (int f = 0; f < pcm.Length / Frame; f++)
                    {
                        if (ring)
                        {
                            write.Invoke(pcmRing, new object[] { slots, f * frameBytes, frameBytes });
                            read.Invoke(pcmRing, new object[] { frame, 0, frameBytes });
                        }
                        else
                        {
                            Array.Copy(slots, f * frameBytes, frame, 0, frameBytes);
                        }
                        process.Invoke(vad, new object[] { frame, 0 });
                        if (encoder == Encoder.Portable)
                        {
                            encode.Invoke(codec, new object[] { frame, 0, Frame, slot, block, 0 });
                        }
                        else if (encoder == Encoder.MuLaw8k || encoder == Encoder.MuLaw16k)
                        {
                            encodeMuLaw.Invoke(encoder == Encoder.MuLaw8k ? muLaw8k : muLaw16k, new object[] { frame, 0, Frame, slot, block, 0 });
                        }
                        else if (encoder == Encoder.Native)
                        {
                            count.SetValue(null, (long)count.GetValue(null) + NativeBlockIl);
                        }
                    }
                    perSecond = (long)count.GetValue(null) * Rate / pcm.Length;
                }
                Console.WriteLine($"  {name,-50} {perSecond,12:N0} IL/s   {perSecond / 1e4,6:F1} % of 1e6   {perSecond / 1e3,6:F0} % of 1e5");
            }
            return 0;
        }

        private static short[] Signal(int seconds, bool speech)
        {
            var random = new Random(42);
            short[] pcm = new short[seconds * Rate];
            for (int i = 0; i < pcm.Length; i++)
            {
                double v = (random.NextDouble() - 0.5) * 300;
                if (speech)
                {
                    double envelope = 2000 + 5000 * ((i / 1600) % 3);
                    v += envelope * (Math.Sin(2 * Math.PI * 220 * i / Rate) + 0.4 * Math.Sin(2 * Math.PI * 1800 * i / Rate));
                }
                pcm[i] = (short)Math.Clamp(v, short.MinValue, short.MaxValue);
            }
            return pcm;
        }
    }
}
