namespace GlassesFirmware.Payload.Readback
{
    /// <summary>English readback table.</summary>
    public static class EnglishReadback
    {
        /// <summary>Creates the table.</summary>
        public static ReadbackLanguage Create()
        {
            return new ReadbackLanguage
            {
                Code = "en",
                Pay = "Pay {1} to {0}{2}.",
                PayAmountNeeded = "Pay {0}{2}; say the amount in {1}.",
                FeeClauses = new FeeClauses
                {
                    FixedFee = ", plus a fee of {0}, {1} in total",
                    FixedFeeOnly = ", plus a fee of {0}",
                    PercentFee = ", plus a {0} percent fee of {1}, {2} in total",
                    PercentFeeOnly = ", plus a {0} percent fee",
                    Tip = ", and you may add a tip",
                },
                BankTransfer = ", by bank transfer",
                PayeeWords = new PayeeWords
                {
                    UnknownPayee = "a payee your wallet will confirm",
                    NamedPayee = "the payee named {0}, end of name",
                    NameEnd = "end of name",
                    NameCut = " and more",
                    HiddenName = "a payee whose name hides characters",
                    MixedScriptWarning = "Careful, the payee name mixes alphabets. ",
                },
                WalletDiffers = " The wallet says {0}, the code said {1}.",
                CodePayeeDiffers = " The code said {0}.",
                UrlCodeSentences = new UrlCodeSentences
                {
                    UrlPayment = "A {0} payment; your wallet will show the payee and amount.",
                    UrlPaymentVowel = "An {0} payment; your wallet will show the payee and amount.",
                    SchemePay = "A {0} payment: pay {1} to {2}.",
                    SchemePayVowel = "An {0} payment: pay {1} to {2}.",
                    UnknownAmount = "an amount your wallet will confirm",
                    AmountInCurrency = "an amount in {0} your wallet will confirm",
                    AmountWithoutCurrency = "{0} in a currency your wallet will confirm",
                },
                RefusalSentences = new RefusalSentences
                {
                    CryptoRefused = "This {0} code is a crypto-currency payment; the glasses refuse those unless your settings allow them.",
                    NotPaymentContent = "This code is {0}, not a payment; the glasses never open it.",
                    Contents = new[]
                    {
                        "a web link", "a Wi-Fi network", "a contact card", "a phone number", "an e-mail",
                        "a text message", "a map location", "a calendar event",
                    },
                    NotPayable = "This code is not a payment the glasses can make.",
                },
                Money = "{0} {1}",
                Prompt = " The merchant also asks for {0}.",
                ListSeparator = ", ",
                PromptFields = new[]
                {
                    "a bill number", "a mobile number", "a store label", "a loyalty number",
                    "a reference", "a customer label", "a terminal label", "the purpose of payment",
                },
                Phrases = new[]
                {
                    " Say confirm, or tap, to pay.",
                    "Two different payment codes are in view. ",
                    " Tap to pay this one, double tap for the next, hold to cancel.",
                    "Paid.",
                    "Declined by your wallet.",
                    "Cancelled.",
                    "Your voice did not match.",
                    "Payment failed.",
                    "No payment code found.",
                    "This code is not a payment.",
                    "This payment link is not allowed.",
                    "This code was already paid.",
                    "The amount is above your limit.",
                    "Battery too low to pay.",
                    "The glasses are too hot to pay.",
                    "Your wallet is not reachable.",
                    "Time is up.",
                    "An earlier payment is still being checked.",
                    "An earlier payment went through.",
                    "An earlier payment did not go through.",
                    " Tap to pay.",
                    "This code needs a spoken amount, and these glasses cannot send voice.",
                    "This code is too long to pay.",
                    "The payee name hides characters. Not paying.",
                    "Your wallet's amount or currency differs from the code. Not paying.",
                    "Your wallet did not answer in time. It may still complete the payment.",
                    "Cancelling. The wallet may still complete it.",
                    "Your wallet did not answer in time. Nothing was paid.",
                    "Your voice did not reach the wallet. Tap to pay.",
                    "Voice setup for your wallet. Say each phrase after me. ",
                    "Say: ",
                    "Your voice is set up.",
                    "Voice setup stopped.",
                },
                Currencies = new[]
                {
                    "AED", "UAE dirham", "UAE dirhams",
                    "ARS", "Argentine peso", "Argentine pesos",
                    "AUD", "Australian dollar", "Australian dollars",
                    "BDT", "Bangladeshi taka", "Bangladeshi taka",
                    "BRL", "Brazilian real", "Brazilian reais",
                    "CAD", "Canadian dollar", "Canadian dollars",
                    "CHF", "Swiss franc", "Swiss francs",
                    "CNY", "Chinese yuan", "Chinese yuan",
                    "CZK", "Czech koruna", "Czech korunas",
                    "DKK", "Danish krone", "Danish kroner",
                    "EUR", "euro", "euros",
                    "GBP", "pound sterling", "pounds sterling",
                    "HKD", "Hong Kong dollar", "Hong Kong dollars",
                    "IDR", "Indonesian rupiah", "Indonesian rupiah",
                    "INR", "Indian rupee", "Indian rupees",
                    "JPY", "Japanese yen", "Japanese yen",
                    "KHR", "Cambodian riel", "Cambodian riels",
                    "KRW", "South Korean won", "South Korean won",
                    "KWD", "Kuwaiti dinar", "Kuwaiti dinars",
                    "LAK", "Lao kip", "Lao kip",
                    "LKR", "Sri Lankan rupee", "Sri Lankan rupees",
                    "MOP", "Macanese pataca", "Macanese patacas",
                    "MYR", "Malaysian ringgit", "Malaysian ringgit",
                    "NOK", "Norwegian krone", "Norwegian kroner",
                    "NZD", "New Zealand dollar", "New Zealand dollars",
                    "PHP", "Philippine peso", "Philippine pesos",
                    "PKR", "Pakistani rupee", "Pakistani rupees",
                    "SAR", "Saudi riyal", "Saudi riyals",
                    "SEK", "Swedish krona", "Swedish kronor",
                    "SGD", "Singapore dollar", "Singapore dollars",
                    "THB", "Thai baht", "Thai baht",
                    "TWD", "New Taiwan dollar", "New Taiwan dollars",
                    "USD", "US dollar", "US dollars",
                    "VND", "Vietnamese dong", "Vietnamese dong",
                },
            };
        }
    }
}
