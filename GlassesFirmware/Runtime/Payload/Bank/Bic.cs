namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The form of a BIC (ISO 9362): 4 letters (institution), 2 letters (country), 2 letters or digits (location),
    /// and optionally 3 letters or digits (branch): 8 or 11 characters, capitals. Only the form is checked: the
    /// directory of BICs is not on the device.
    /// </summary>
    public static class Bic
    {
        /// <summary>True when [start, end) has the form of a BIC.</summary>
        public static bool IsWellFormed(byte[] b, int start, int end)
        {
            int n = end - start;
            if (n != 8 && n != 11) return false;
            for (int i = 0; i < n; i++)
            {
                byte c = b[start + i];
                bool capital = c >= (byte)'A' && c <= (byte)'Z';
                bool digit = c >= (byte)'0' && c <= (byte)'9';
                if (i < 6 ? !capital : !(capital || digit)) return false;
            }

            return true;
        }
    }
}
