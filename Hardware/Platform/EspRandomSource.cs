using System;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Hardware.Platform
{
    /// <summary>
    /// <see cref="IRandomSource"/> on System.Random, which nanoFramework's ESP32 port backs with esp_random(): a
    /// true random source while the radio (BLE or Wi-Fi) is on, which it is whenever the glasses pair or pay.
    /// </summary>
    public sealed class EspRandomSource : IRandomSource
    {
        private readonly Random _random = new Random();
        private readonly byte[] _block = new byte[32];
        private readonly object _lock = new object();

        /// <inheritdoc />
        public void Fill(byte[] buffer, int offset, int count)
        {
            lock (_lock)
            {
                int done = 0;
                while (done < count)
                {
                    _random.NextBytes(_block);
                    int n = count - done < _block.Length ? count - done : _block.Length;
                    Array.Copy(_block, 0, buffer, offset + done, n);
                    done += n;
                }

                Array.Clear(_block, 0, _block.Length);
            }
        }
    }
}
