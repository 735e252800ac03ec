using System;
using System.Diagnostics;
using GlassesFirmware.Diagnostics;
using GlassesFirmware.Hardware.Audio;
using GlassesFirmware.Hardware.Frame;
using GlassesFirmware.Hardware.Links;
using GlassesFirmware.Hardware.Power;
using GlassesFirmware.Hardware.Trigger;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Storage;
using GlassesFirmware.Platform;
using Esp32Memory = nanoFramework.Hardware.Esp32.NativeMemory;

namespace GlassesFirmware.Hardware.Diagnostics
{
    /// <summary>
    /// Fills the portable <see cref="HealthSnapshot"/> from the adapters that exist on this board (any of them may
    /// be null), publishes it on the BLE diagnostics characteristic and prints it on the debug console. Collecting
    /// garbage to measure the free heap costs a few milliseconds, so the main loop calls this rarely (once a minute
    /// and on request), never during a payment.
    /// </summary>
    public sealed class DiagnosticsReporter : IDiagnosticsSink
    {
        private readonly IClock _clock;
        private readonly HealthSnapshot _snapshot = new HealthSnapshot();
        private readonly byte[] _encoded = new byte[HealthSnapshot.Length];

        /// <summary>Adapters whose counters are reported; set by the composition, each may stay null.</summary>
        public GpioButton Button;

        /// <summary>See <see cref="Button"/>.</summary>
        public I2sMicrophone Microphone;

        /// <summary>See <see cref="Button"/>.</summary>
        public UartQrScanner Scanner;

        /// <summary>See <see cref="Button"/>.</summary>
        public PowerSafeRecordStore Store;

        /// <summary>See <see cref="Button"/>.</summary>
        public AdcPowerMonitor Power;

        /// <summary>See <see cref="Button"/>.</summary>
        public BleFrameLink Ble;

        /// <summary>Reports with boot number <paramref name="bootCount"/> and this boot's wake cause.</summary>
        public DiagnosticsReporter(IClock clock, int bootCount, int wakeCause)
        {
            _clock = clock;
            _snapshot.BootCount = bootCount;
            _snapshot.WakeCause = wakeCause;
        }

        /// <summary>The last snapshot taken.</summary>
        public HealthSnapshot Snapshot
        {
            get { return _snapshot; }
        }

        /// <summary>Writes <paramref name="message"/> to the debug console.</summary>
        public void Note(string message)
        {
            Debug.WriteLine("GlassesFirmware: " + message);
        }

        /// <summary>
        /// Takes a snapshot with the session's <paramref name="sessionState"/> and the main loop's
        /// <paramref name="faults"/> and <paramref name="deviceFaults"/>, publishes and logs it.
        /// </summary>
        public void Report(int sessionState, int faults, int deviceFaults)
        {
            try
            {
                HealthSnapshot s = _snapshot;
                s.UptimeSeconds = (int)(_clock.NowMs / 1000);
                s.HeapFreeBytes = (int)nanoFramework.Runtime.Native.GC.Run(false);
                s.SessionState = sessionState;
                s.Faults = faults;
                s.DeviceFaults = deviceFaults;
                if (Power != null)
                {
                    s.BatteryMv = Power.BatteryMv;
                    s.BatteryPercent = Power.BatteryPercent < 0 ? -1 : Power.BatteryPercent;
                    s.ChipTemperatureC = Power.ChipTemperatureC == GlassesFirmware.Power.PowerReadings.Unknown ? -128 : Power.ChipTemperatureC;
                }

                if (Microphone != null)
                {
                    s.MicOverruns = Microphone.Overruns;
                    s.DeviceFaults += Microphone.Faults;
                }

                if (Scanner != null)
                {
                    s.ScannerDrops = Scanner.Parser.Dropped + Scanner.Parser.Garbled;
                }

                if (Button != null)
                {
                    s.ButtonDrops = Button.Dropped;
                }

                if (Store != null)
                {
                    s.StoreFailures = Store.FailedWrites;
                    s.StoreDamaged = Store.DamagedSlots;
                }

                s.Encode(_encoded, 0);
                if (Ble != null)
                {
                    Ble.SetDiagnostics(_encoded, 0);
                }

                uint total;
                uint free;
                uint largest;
                Esp32Memory.GetMemoryInfo(Esp32Memory.MemoryType.All, out total, out free, out largest);
                Debug.WriteLine(s.ToText() + " native=" + free.ToString() + "/" + total.ToString() + " largest=" + largest.ToString());
            }
            catch (Exception e)
            {
                Debug.WriteLine("diagnostics failed: " + e.Message);
            }
        }
    }
}
