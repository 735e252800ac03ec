using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>Stable text names of <see cref="PayloadKind"/> values (enum names are absent on the device).</summary>
    public static class PayloadKinds
    {
        private static readonly string[] Names =
        {
            "empty", "emvMerchant", "emvConsumer", "alipayUrl", "alipayPlusMpm", "weChatPay", "upi",
            "paymentUrl", "unknownUrl", "plainText", "binary", "walletUrl", "cryptoUri", "notPayment",
        };

        /// <summary>The stable text name, such as "emvMerchant", or the kind's number when it has none.</summary>
        public static string Name(PayloadKind kind)
        {
            return EnumNames.Of(Names, (int)kind);
        }
    }
}
