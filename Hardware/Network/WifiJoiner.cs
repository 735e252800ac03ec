using System;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Session.Loop;

namespace GlassesFirmware.Hardware.Network
{
    /// <summary>
    /// Joins Wi-Fi on its own thread: joining blocks for up to the Wi-Fi timeout (20 s) when the network is out of
    /// reach, and the wearer's first tap after a wake must be answered at once (over BLE until Wi-Fi is up).
    /// </summary>
    public sealed class WifiJoiner : INetworkJoin
    {
        private readonly WifiConnection _wifi;
        private Thread _join;

        /// <summary>Joins <paramref name="wifi"/>.</summary>
        public WifiJoiner(WifiConnection wifi)
        {
            _wifi = wifi;
        }

        /// <inheritdoc />
        public bool IsJoining
        {
            get { return _join != null && _join.IsAlive; }
        }

        /// <inheritdoc />
        public void Join()
        {
            if (_wifi.IsConnected || IsJoining)
            {
                return;
            }
            _join = new Thread(JoinNow);
            _join.Start();
        }

        private void JoinNow()
        {
            try
            {
                Debug.WriteLine(_wifi.Connect() ? "GlassesFirmware: Wi-Fi up" : "GlassesFirmware: Wi-Fi join failed; BLE only");
            }
            catch (Exception e)
            {
                // Connect catches its own failures; this is for anything else, since nothing may escape a thread.
                Debug.WriteLine("GlassesFirmware: Wi-Fi join failed: " + e.Message);
            }
        }
    }
}
