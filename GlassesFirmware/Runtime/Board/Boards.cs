namespace GlassesFirmware.Board
{
    /// <summary>The supported boards (nf.config board.profile), with their on-board GPIO use.</summary>
    public static class Boards
    {
        private const string Flash = "SPI flash";
        private const string Psram = "PSRAM";
        private const string Usb = "USB (debug and deployment link)";
        private const string Uart0 = "UART0 (debug and deployment link)";
        private const string Camera = "camera";

        /// <summary>Seeed Studio XIAO ESP32S3 Sense: ESP32-S3R8, OV2640 camera, PDM microphone on the Sense board.</summary>
        public static readonly BoardProfile XiaoEsp32S3Sense = new BoardProfile(
            "xiao-esp32s3-sense", ChipFamily.Esp32S3, "ESP32_S3_OCTAL", true, 7000000,
            new int[] { 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 19, 20, 10, 40, 39, 48, 11, 12, 14, 16, 18, 17, 15, 38, 47, 13 },
            new string[] { Flash, Flash, Flash, Flash, Flash, Flash, Flash, Psram, Psram, Psram, Psram, Psram, Usb, Usb,
                Camera + " XCLK", Camera + " SIOD", Camera + " SIOC", Camera + " Y9", Camera + " Y8", Camera + " Y7", Camera + " Y6",
                Camera + " Y5", Camera + " Y4", Camera + " Y3", Camera + " Y2", Camera + " VSYNC", Camera + " HREF", Camera + " PCLK" });

        /// <summary>AI-Thinker ESP32-CAM: ESP32 with 4 MB PSRAM, OV2640, flash LED on GPIO 4, no USB.</summary>
        public static readonly BoardProfile Esp32Cam = new BoardProfile(
            "esp32-cam", ChipFamily.Esp32, "ESP32_BLE_REV3", true, 3500000,
            new int[] { 6, 7, 8, 9, 10, 11, 16, 17, 1, 3, 4, 32, 0, 26, 27, 35, 34, 39, 36, 21, 19, 18, 5, 25, 23, 22 },
            new string[] { Flash, Flash, Flash, Flash, Flash, Flash, Psram, Psram, Uart0, Uart0, "flash LED",
                Camera + " PWDN", Camera + " XCLK", Camera + " SIOD", Camera + " SIOC", Camera + " Y9", Camera + " Y8", Camera + " Y7",
                Camera + " Y6", Camera + " Y5", Camera + " Y4", Camera + " Y3", Camera + " Y2", Camera + " VSYNC", Camera + " HREF", Camera + " PCLK" });

        /// <summary>Espressif ESP32-S3-EYE: ESP32-S3 with 8 MB octal PSRAM, OV2640, I2S microphone, LCD.</summary>
        public static readonly BoardProfile Esp32S3Eye = new BoardProfile(
            "esp32-s3-eye", ChipFamily.Esp32S3, "ESP32_S3_OCTAL", true, 7000000,
            new int[] { 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 19, 20, 15, 4, 5, 16, 17, 18, 12, 10, 8, 9, 11, 6, 7, 13, 21, 47, 44, 43, 48, 1 },
            new string[] { Flash, Flash, Flash, Flash, Flash, Flash, Flash, Psram, Psram, Psram, Psram, Psram, Usb, Usb,
                Camera + " XCLK", Camera + " SIOD", Camera + " SIOC", Camera + " Y9", Camera + " Y8", Camera + " Y7", Camera + " Y6",
                Camera + " Y5", Camera + " Y4", Camera + " Y3", Camera + " Y2", Camera + " VSYNC", Camera + " HREF", Camera + " PCLK",
                "LCD SCLK", "LCD MOSI", "LCD CS", "LCD DC", "LCD backlight", "button ladder (ADC)" });

        /// <summary>A generic ESP32-WROVER board (4 MB PSRAM) with an external UART QR scanner module.</summary>
        public static readonly BoardProfile Esp32GenericScanner = new BoardProfile(
            "esp32-generic-scanner", ChipFamily.Esp32, "ESP32_BLE_REV3", false, 3800000,
            new int[] { 6, 7, 8, 9, 10, 11, 16, 17, 1, 3 },
            new string[] { Flash, Flash, Flash, Flash, Flash, Flash, Psram, Psram, Uart0, Uart0 });

        /// <summary>Every profile, in the order of the board.profile choices.</summary>
        public static readonly BoardProfile[] All = { XiaoEsp32S3Sense, Esp32Cam, Esp32S3Eye, Esp32GenericScanner };

        /// <summary>Width in pixels of an nf.config camera.frame value ("240x240" or "qvga").</summary>
        public static int FrameWidth(string cameraFrame)
        {
            return cameraFrame == "qvga" ? 320 : 240;
        }

        /// <summary>Height in pixels of an nf.config camera.frame value.</summary>
        public static int FrameHeight(string cameraFrame)
        {
            return 240;
        }

        /// <summary>The profile named <paramref name="name"/>, or null.</summary>
        public static BoardProfile Find(string name)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Name == name)
                {
                    return All[i];
                }
            }

            return null;
        }
    }
}
