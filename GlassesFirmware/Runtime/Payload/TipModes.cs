using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>Stable text names of <see cref="TipMode"/> values (enum names are absent on the device).</summary>
    public static class TipModes
    {
        private static readonly string[] Names = { "none", "prompt", "fixedFee", "percentageFee" };

        /// <summary>The stable text name, such as "fixedFee", or the value's number when it has none.</summary>
        public static string Name(TipMode mode)
        {
            return EnumNames.Of(Names, (int)mode);
        }
    }
}
