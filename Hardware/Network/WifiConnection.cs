using System;
using System.Device.Wifi;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;

namespace GlassesFirmware.Hardware.Network
{
    /// <summary>
    /// Joins the Wi-Fi network of nf.config wifi.ssid for the HTTPS uplink, waiting at most a fixed time and
    /// requiring a valid date (SNTP) because TLS checks certificate validity. The password is not in nf.config:
    /// it comes from the record store (record "wifi.psk", written at provisioning) or, when absent, from the
    /// network configuration stored in the device by Visual Studio's Device Explorer.
    /// </summary>
    public sealed class WifiConnection
    {
        private readonly string _ssid;
        private readonly string _password;
        private readonly int _timeoutMs;

        /// <summary>Joins <paramref name="ssid"/> with <paramref name="password"/> (null: the stored configuration).</summary>
        public WifiConnection(string ssid, string password, int timeoutMs)
        {
            _ssid = ssid;
            _password = password;
            _timeoutMs = timeoutMs;
        }

        /// <summary>True after a successful <see cref="Connect"/> until <see cref="Disconnect"/>.</summary>
        public bool IsConnected { get; private set; }

        /// <summary>True when an SSID is configured at all.</summary>
        public bool IsConfigured
        {
            get { return _ssid != null && _ssid.Length > 0; }
        }

        /// <summary>
        /// Joins the network, blocking the calling thread until the IP address and a valid date are there or the
        /// timeout cancels the wait; false on any failure (WifiNetworkHelper reports failures through its
        /// return value and Status, and the catch below covers the rest).
        /// </summary>
        public bool Connect()
        {
            if (!IsConfigured)
            {
                return false;
            }

            try
            {
                using (CancellationTokenSource timeout = new CancellationTokenSource(_timeoutMs))
                {
                    IsConnected = _password != null
                        ? WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, true, 0, timeout.Token)
                        : WifiNetworkHelper.Reconnect(true, 0, timeout.Token);
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("wifi join failed: " + e.Message);
                IsConnected = false;
            }

            return IsConnected;
        }

        /// <summary>Leaves the network (before light sleep: the radio must be off).</summary>
        public void Disconnect()
        {
            try
            {
                WifiNetworkHelper.Disconnect();
            }
            catch (Exception e)
            {
                Debug.WriteLine("wifi leave failed: " + e.Message);
            }

            IsConnected = false;
        }
    }
}
