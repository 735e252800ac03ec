namespace GlassesFirmware.Diagnostics
{
    /// <summary>
    /// The diagnostics read-out of the glasses (in the manner of Omi's diagnostics characteristic): boot count and
    /// wake cause, uptime, free managed heap, battery, chip temperature, the session state and counters of drops
    /// and errors. Numbers only, never payloads, ids or amounts, so it may be read over an unauthenticated
    /// channel. <see cref="Encode"/> gives the fixed 32-byte little-endian BLE form, <see cref="ToText"/> the
    /// debug-console line; both reuse caller buffers or build one string.
    /// </summary>
    public sealed class HealthSnapshot
    {
        /// <summary>Encoded length in bytes.</summary>
        public const int Length = 32;

        /// <summary>Format version, byte 0 of the encoding.</summary>
        public const byte Version = 1;

        /// <summary>Boots since the record store was created.</summary>
        public int BootCount;

        /// <summary>nanoFramework Sleep.WakeupCause of this boot (0 = power-on or reset).</summary>
        public int WakeCause;

        /// <summary>Seconds since boot.</summary>
        public int UptimeSeconds;

        /// <summary>Free managed heap in bytes after the last collection.</summary>
        public int HeapFreeBytes;

        /// <summary>Cell voltage in millivolts, 0 when not measured.</summary>
        public int BatteryMv;

        /// <summary>Battery percent, or -1 when unknown.</summary>
        public int BatteryPercent = -1;

        /// <summary>Chip temperature in degrees Celsius, or -128 when unknown.</summary>
        public int ChipTemperatureC = -128;

        /// <summary>Session state number (Session.SessionState).</summary>
        public int SessionState;

        /// <summary>Microphone samples dropped.</summary>
        public int MicOverruns;

        /// <summary>Scanner payloads dropped or garbled.</summary>
        public int ScannerDrops;

        /// <summary>Button edges dropped.</summary>
        public int ButtonDrops;

        /// <summary>Record writes that failed.</summary>
        public int StoreFailures;

        /// <summary>Torn or corrupt record slots found (expected after power cuts).</summary>
        public int StoreDamaged;

        /// <summary>Faults caught by the main loop (each reset the session to idle).</summary>
        public int Faults;

        /// <summary>Camera or microphone hardware faults.</summary>
        public int DeviceFaults;

        /// <summary>Writes the 32-byte form into <paramref name="into"/> at <paramref name="offset"/>; counters saturate.</summary>
        public void Encode(byte[] into, int offset)
        {
            into[offset] = Version;
            into[offset + 1] = Saturate8(WakeCause);
            Put16(into, offset + 2, BootCount);
            Put32(into, offset + 4, UptimeSeconds);
            Put32(into, offset + 8, HeapFreeBytes);
            Put16(into, offset + 12, BatteryMv);
            into[offset + 14] = (byte)(BatteryPercent < 0 ? 0xFF : Saturate8(BatteryPercent));
            into[offset + 15] = (byte)(sbyte)(ChipTemperatureC < -128 ? -128 : (ChipTemperatureC > 127 ? 127 : ChipTemperatureC));
            into[offset + 16] = Saturate8(SessionState);
            into[offset + 17] = 0;
            Put16(into, offset + 18, MicOverruns);
            Put16(into, offset + 20, ScannerDrops);
            Put16(into, offset + 22, ButtonDrops);
            Put16(into, offset + 24, StoreFailures);
            Put16(into, offset + 26, StoreDamaged);
            Put16(into, offset + 28, Faults);
            Put16(into, offset + 30, DeviceFaults);
        }

        /// <summary>One line for the debug console.</summary>
        public string ToText()
        {
            return "diag: boot=" + BootCount.ToString() + " wake=" + WakeCause.ToString() + " up=" + UptimeSeconds.ToString()
                + "s heap=" + HeapFreeBytes.ToString() + " batt=" + BatteryMv.ToString() + "mV/" + BatteryPercent.ToString()
                + "% temp=" + ChipTemperatureC.ToString() + "C state=" + SessionState.ToString() + " micDrop=" + MicOverruns.ToString()
                + " scanDrop=" + ScannerDrops.ToString() + " btnDrop=" + ButtonDrops.ToString() + " storeFail=" + StoreFailures.ToString()
                + " storeDamaged=" + StoreDamaged.ToString() + " faults=" + Faults.ToString() + " devFaults=" + DeviceFaults.ToString();
        }

        private static byte Saturate8(int value)
        {
            return (byte)(value < 0 ? 0 : (value > 255 ? 255 : value));
        }

        private static void Put16(byte[] into, int at, int value)
        {
            int v = value < 0 ? 0 : (value > 0xFFFF ? 0xFFFF : value);
            into[at] = (byte)v;
            into[at + 1] = (byte)(v >> 8);
        }

        private static void Put32(byte[] into, int at, int value)
        {
            into[at] = (byte)value;
            into[at + 1] = (byte)(value >> 8);
            into[at + 2] = (byte)(value >> 16);
            into[at + 3] = (byte)(value >> 24);
        }
    }
}
