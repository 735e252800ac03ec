using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Configuration;
using GlassesFirmware.Hardware.Storage;

namespace GlassesFirmware
{
    /// <summary>
    /// Device entry point: the composition root that wires the portable runtime to the ESP32 adapters.
    /// </summary>
    public class Program
    {
        /// <summary>Boots the glasses.</summary>
        public static void Main()
        {
            DeviceConfig config = LoadConfig();
            if (config == null)
            {
                // Without a trustworthy configuration the glasses must not pay; stay up so the
                // debugger and a fresh `nanoff --filedeployment` can reach the device.
                Thread.Sleep(Timeout.Infinite);
            }

            Debug.WriteLine("GlassesFirmware: board " + config.GetText("board.profile") + ", uplink " + config.GetText("transport.preference"));
            Thread.Sleep(Timeout.Infinite);
        }

        private static DeviceConfig LoadConfig()
        {
            byte[] text = ConfigFile.Read(ConfigFile.DevicePath);
            if (text == null)
            {
                Debug.WriteLine("GlassesFirmware: " + ConfigFile.DevicePath + " is missing or unreadable");
                return null;
            }

            DeviceConfig config;
            ConfigIssue[] issues = DeviceConfig.Load(text, 0, text.Length, out config);
            for (int i = 0; i < issues.Length; i++)
            {
                Debug.WriteLine(issues[i].ToString());
            }

            return config;
        }
    }
}
