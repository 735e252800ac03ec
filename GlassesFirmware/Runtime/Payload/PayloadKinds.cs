using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>Stable text names of <see cref="PayloadKind"/> values (enum names are absent on the device).</summary>
    public static class PayloadKinds
    {
        private static readonly string[] Names =
        {
            "empty", "emvMerchant", "emvConsumer", "alipayUrl", "alipayPlusMpm", "weChatPay", "upi",
            "paymentUrl", "unknownUrl", "plainText", "binary", "walletUrl", "cryptoUri", "notPayment", "epcQr", "swissQrBill",
            "spd", "payBySquare",
        };

        /// <summary>The stable text name, such as "emvMerchant", or the kind's number when it has none.</summary>
        public static string Name(PayloadKind kind)
        {
            return EnumNames.Of(Names, (int)kind);
        }

        /// <summary>
        /// True for the bank-transfer codes that state their payee, amount and currency themselves (EPC069-12,
        /// Swiss QR-bill, SPD, PAY by square once decoded): the glasses read these back like a merchant code instead of leaving them to the wallet.
        /// </summary>
        public static bool StatesPayment(PayloadKind kind)
        {
            return kind == PayloadKind.EmvMerchant || IsBankTransfer(kind);
        }

        /// <summary>True for the credit-transfer codes that name an account: EPC069-12, Swiss QR-bill, SPD, PAY by square.</summary>
        public static bool IsBankTransfer(PayloadKind kind)
        {
            return kind == PayloadKind.EpcQr || kind == PayloadKind.SwissQrBill || kind == PayloadKind.Spd || kind == PayloadKind.PayBySquare;
        }
    }
}
