namespace GlassesFirmware.Payload
{
    /// <summary>What 55 asks for on top of the amount.</summary>
    public enum TipMode
    {
        /// <summary>No tip or convenience fee.</summary>
        None = 0,
        /// <summary>55 = 01: ask the wearer for a tip.</summary>
        Prompt = 1,
        /// <summary>55 = 02: fixed convenience fee in 56.</summary>
        FixedFee = 2,
        /// <summary>55 = 03: percentage convenience fee in 57.</summary>
        PercentageFee = 3,
    }
}
