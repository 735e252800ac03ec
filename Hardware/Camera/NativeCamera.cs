using System.Runtime.CompilerServices;

namespace GlassesFirmware.Hardware.Camera
{
    /// <summary>
    /// The native methods of the camera interop assembly, implemented in C++ in
    /// Hardware/Native/GlassesFirmware.Camera over Espressif's esp32-camera driver and linked into a custom
    /// nanoCLR image (docs/custom-firmware.md). The stock firmware does not have them: deploying this assembly
    /// to it fails the native checksum check, which is why it is its own assembly.
    /// </summary>
    public static class NativeCamera
    {
        /// <summary>Native result: a new frame was copied.</summary>
        public const int Captured = 1;

        /// <summary>Native result: no frame is ready yet.</summary>
        public const int NoFrame = 0;

        /// <summary>Native result: the buffer is smaller than stride x height.</summary>
        public const int BufferTooSmall = -2;

        /// <summary>Native result: the camera is not started.</summary>
        public const int NotStarted = -3;

        /// <summary>Native temperature result when the chip has no readable sensor.</summary>
        public const int NoTemperature = int.MinValue;

        /// <summary>
        /// Powers the sensor and starts grey capture of <paramref name="width"/> x <paramref name="height"/>
        /// (240x240 or 320x240) with two frame buffers in PSRAM, using the pin map of board
        /// <paramref name="board"/> (0 XIAO ESP32S3 Sense, 1 AI-Thinker ESP32-CAM, 2 ESP32-S3-EYE). Returns the
        /// esp_err_t of esp_camera_init (0 = ESP_OK).
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int NativeStart(int board, int width, int height);

        /// <summary>
        /// Copies the newest frame, row by row, into <paramref name="buffer"/> at <paramref name="stride"/> bytes
        /// per row and returns it to the driver: <see cref="Captured"/>, <see cref="NoFrame"/>,
        /// <see cref="BufferTooSmall"/> or <see cref="NotStarted"/>. Waits at most one frame interval.
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int NativeCapture(byte[] buffer, int stride);

        /// <summary>Stops capture, frees the frame buffers and powers the sensor down.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void NativeStop();

        /// <summary>Chip temperature in whole degrees Celsius (ESP32-S3 sensor), or <see cref="NoTemperature"/>.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int NativeReadChipTemperature();
    }
}
