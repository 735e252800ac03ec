namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>
    /// The route in front of every envelope the glasses send, so the wallet knows whose keys open it
    /// (docs/protocol.md 6.1): <c>routed = len(device id) (1 byte) | device id | sealed envelope</c>.
    /// </summary>
    public static class RoutedEnvelope
    {
        /// <summary>The routed bytes for <paramref name="envelope"/> from <paramref name="deviceId"/> (1..255 bytes).</summary>
        public static byte[] Wrap(byte[] deviceId, byte[] envelope)
        {
            byte[] routed = new byte[1 + deviceId.Length + envelope.Length];
            routed[0] = (byte)deviceId.Length;
            System.Array.Copy(deviceId, 0, routed, 1, deviceId.Length);
            System.Array.Copy(envelope, 0, routed, 1 + deviceId.Length, envelope.Length);
            return routed;
        }

        /// <summary>
        /// Splits routed bytes: the device id is <paramref name="idLength"/> bytes at <paramref name="idStart"/>,
        /// the envelope starts at <paramref name="envelopeStart"/>. False when the route is impossible (empty id or
        /// longer than the data).
        /// </summary>
        public static bool TryRead(byte[] data, int offset, int count, out int idStart, out int idLength, out int envelopeStart)
        {
            idStart = offset + 1;
            idLength = count > 0 ? data[offset] : 0;
            envelopeStart = idStart + idLength;
            return count > 0 && idLength > 0 && 1 + idLength <= count;
        }
    }
}
