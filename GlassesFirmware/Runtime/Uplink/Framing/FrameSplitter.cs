namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>
    /// Splits one frame into fragments no longer than the control-point length: an initial fragment
    /// <c>command | length (uint16 big-endian) | data</c>, then continuations <c>sequence | data</c> with
    /// sequence 0, 1, ... 0x7F, 0, ... (wrapping, as CTAP BLE). Stateless; the caller sends fragment 0 .. n-1.
    /// </summary>
    public static class FrameSplitter
    {
        /// <summary>Number of fragments for <paramref name="length"/> data bytes; -1 when the arguments are out of range.</summary>
        public static int FragmentCount(int length, int maxFragment)
        {
            if (length < 0 || length > FrameCommand.MaxFrameLength || maxFragment < Links.FrameLinkLimits.MinFragmentLength
                || maxFragment > Links.FrameLinkLimits.MaxFragmentLength)
            {
                return -1;
            }

            int first = maxFragment - FrameCommand.InitHeaderLength;
            if (length <= first)
            {
                return 1;
            }

            int rest = length - first;
            return 1 + (rest + maxFragment - 2) / (maxFragment - 1);
        }

        /// <summary>
        /// Writes fragment <paramref name="index"/> of the frame (<paramref name="command"/>, <paramref name="count"/>
        /// bytes of <paramref name="data"/>) into <paramref name="output"/>; returns its length, or -1 when the
        /// index or a length is out of range.
        /// </summary>
        public static int Fragment(byte command, byte[] data, int offset, int count, int index, int maxFragment, byte[] output)
        {
            int fragments = FragmentCount(count, maxFragment);
            if (fragments < 0 || index < 0 || index >= fragments || (command & 0x80) == 0 || output == null || output.Length < maxFragment)
            {
                return -1;
            }

            int first = maxFragment - FrameCommand.InitHeaderLength;
            if (index == 0)
            {
                int n = count < first ? count : first;
                output[0] = command;
                output[1] = (byte)(count >> 8);
                output[2] = (byte)count;
                System.Array.Copy(data, offset, output, FrameCommand.InitHeaderLength, n);
                return FrameCommand.InitHeaderLength + n;
            }

            int start = first + (index - 1) * (maxFragment - 1);
            int length = count - start;
            if (length > maxFragment - 1)
            {
                length = maxFragment - 1;
            }

            output[0] = (byte)((index - 1) & 0x7F);
            System.Array.Copy(data, offset + start, output, 1, length);
            return 1 + length;
        }
    }
}
