using GlassesFirmware.Platform;
using nanoFramework.Hardware.Esp32;

namespace GlassesFirmware.Hardware.Platform
{
    /// <summary>
    /// <see cref="IClock"/> on the ESP32 high-resolution timer (esp_timer: microseconds since boot, 64 bits, never
    /// set by SNTP), so timeouts survive wall-clock changes. Light sleep keeps it counting.
    /// </summary>
    public sealed class TickClock : IClock
    {
        /// <inheritdoc />
        public long NowMs
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000); }
        }
    }
}
