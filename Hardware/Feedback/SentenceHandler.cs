using System.Device.Gpio;
using System.Device.Pwm;
using System.Diagnostics;
using System.Threading;

namespace GlassesFirmware.Hardware.Feedback
{
    /// <summary>Receives the sentences the glasses want spoken (the wallet's phone speaks them over BLE).</summary>
    public delegate void SentenceHandler(string sentence, string language);
}
