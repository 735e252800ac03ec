namespace GlassesFirmware.Board
{
    /// <summary>The chip family of a board: it decides the GPIO range, ADC and wake pins.</summary>
    public enum ChipFamily
    {
        /// <summary>Classic ESP32 (GPIO 0-39; 34-39 input only).</summary>
        Esp32 = 0,
        /// <summary>ESP32-S3 (GPIO 0-21 and 26-48).</summary>
        Esp32S3 = 1,
    }
}
