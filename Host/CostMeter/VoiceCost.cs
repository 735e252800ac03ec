using System;
using System.Reflection;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost voice</c>: IL instructions per second of 16 kHz audio for the voice path of the instrumented
    /// runtime: voice activity detection alone (listening) and detection plus IMA ADPCM encoding (an utterance),
    /// with the portable encoder in IL or the native one (Hardware/Voice/NativeImaAdpcm.cs), on synthetic room noise
    /// and a speech-like signal (two tones with noise, amplitude changing every 100 ms).
    /// </summary>
    public static class VoiceCost
    {
        private const int Rate = 16000;
        private const int Frame = 320;

        // IL that NativeImaAdpcm.EncodeBlock executes per block around its one InternalCall: ldarg.1, ldarg.2,
        // ldarg.3, ldarg.s 4, ldarg.s 5, ldarg.0, ldfld _state, call NativeEncodeBlock, ret. The native call
        // counts as that one call instruction; the C loop it runs is not IL.
        private const int NativeBlockIl = 9;

        private enum Encoder
        {
            None,
            Portable,
            Native,
        }

        public static int Run()
        {
            Assembly runtime = IlCostMeter.LoadInstrumentedRuntime();
            FieldInfo count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            Type vadType = runtime.GetType("GlassesFirmware.Confirmation.VoiceActivityDetector");
            Type codecType = runtime.GetType("GlassesFirmware.Confirmation.ImaAdpcm");
            MethodInfo process = vadType.GetMethod("Process");
            MethodInfo encode = codecType.GetMethod("EncodeBlock");

            short[] noise = Signal(seconds: 3, speech: false);
            short[] speech = Signal(seconds: 3, speech: true);
            Console.WriteLine("IL instructions per second of 16 kHz mono audio (3 s measured after a 3 s warm-up pass;");
            Console.WriteLine("native IMA ADPCM = " + NativeBlockIl + " IL per 20 ms block around one interop call, the C encoder itself uncounted):");
            foreach ((string name, short[] pcm, Encoder encoder) in new[]
            {
                ("VAD, room noise (listening)", noise, Encoder.None),
                ("VAD, speech-like signal", speech, Encoder.None),
                ("VAD + IMA ADPCM, speech-like signal (utterance)", speech, Encoder.Portable),
                ("VAD + IMA ADPCM, room noise", noise, Encoder.Portable),
                ("VAD + native IMA ADPCM, speech-like signal", speech, Encoder.Native),
                ("VAD + native IMA ADPCM, room noise", noise, Encoder.Native),
            })
            {
                object vad = Activator.CreateInstance(vadType, 10);
                object codec = Activator.CreateInstance(codecType);
                byte[] block = new byte[4 + Frame / 2];
                long perSecond = 0;
                for (int pass = 0; pass < 2; pass++)
                {
                    // Pass 0 warms up (floor settles); pass 1 is counted.
                    count.SetValue(null, 0L);
                    for (int f = 0; f < pcm.Length / Frame; f++)
                    {
                        process.Invoke(vad, new object[] { pcm, f * Frame });
                        if (encoder == Encoder.Portable)
                        {
                            encode.Invoke(codec, new object[] { pcm, f * Frame, Frame, block, 0 });
                        }
                        else if (encoder == Encoder.Native)
                        {
                            count.SetValue(null, (long)count.GetValue(null) + NativeBlockIl);
                        }
                    }
                    perSecond = (long)count.GetValue(null) * Rate / pcm.Length;
                }
                Console.WriteLine($"  {name,-52} {perSecond,12:N0} IL/s   {perSecond / 1e4,6:F1} % of 1e6   {perSecond / 1e3,6:F0} % of 1e5");
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
