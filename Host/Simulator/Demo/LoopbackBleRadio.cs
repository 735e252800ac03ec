using System;
using System.Net.Sockets;
using GlassesFirmware.Host.Adapters.Links;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// The glasses' BLE radio in the simulator: the BLE framing over a loopback TCP connection to the wallet's frame
    /// endpoint. Like the radio, it exists from boot and is unconnected until the wallet's phone is there; a laptop
    /// cannot advertise, so it is told where the phone is (<see cref="Connect"/>, from the pairing offer or the stored
    /// pairing) and dials it.
    /// </summary>
    public sealed class LoopbackBleRadio : IFrameLink, IDisposable
    {
        // The ATT payload of a 247-byte MTU, a common phone value.
        private const int FragmentLength = 244;

        private StreamFrameLink _link;

        /// <inheritdoc />
        public bool IsConnected => _link != null && _link.IsConnected;

        /// <inheritdoc />
        public int MaxFragmentLength => _link?.MaxFragmentLength ?? FragmentLength;

        /// <summary>Fragments sent since boot.</summary>
        public int FragmentsSent => _link?.FragmentsSent ?? 0;

        /// <summary>Connects to the wallet's frame endpoint; null, or why it cannot.</summary>
        public string Connect(string endpoint)
        {
            Dispose();
            try
            {
                _link = StreamFrameLink.Connect(endpoint, FragmentLength);
                return null;
            }
            catch (Exception e) when (e is SocketException || e is UriFormatException || e is ArgumentException)
            {
                return "cannot reach the wallet's frame link at " + endpoint + ": " + e.Message;
            }
        }

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count) => _link != null && _link.Send(data, offset, count);

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity) => _link?.Receive(buffer, offset, capacity) ?? 0;

        /// <summary>Waits up to <paramref name="milliseconds"/> for a fragment; false when connected to nothing.</summary>
        public bool Wait(int milliseconds) => IsConnected && _link.Wait(milliseconds);

        /// <summary>Drops the connection (the phone went out of range).</summary>
        public void Dispose()
        {
            _link?.Dispose();
        }
    }
}
