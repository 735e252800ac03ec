namespace GlassesFirmware.Payload.Readback
{
    /// <summary>Simplified Chinese readback table.</summary>
    public static class ChineseReadback
    {
        /// <summary>Creates the table.</summary>
        public static ReadbackLanguage Create()
        {
            return new ReadbackLanguage
            {
                Code = "zh",
                Pay = "向{0}支付{1}{2}。",
                PayAmountNeeded = "向{0}付款{2}，请说出金额（{1}）。",
                FeeClauses = new FeeClauses
                {
                    FixedFee = "，另加手续费{0}，共计{1}",
                    FixedFeeOnly = "，另加手续费{0}",
                    PercentFee = "，另加百分之{0}的手续费{1}，共计{2}",
                    PercentFeeOnly = "，另加百分之{0}的手续费",
                    Tip = "，可另加小费",
                },
                BankTransfer = "，通过银行转账",
                PayeeWords = new PayeeWords
                {
                    UnknownPayee = "钱包将确认的收款方",
                    NamedPayee = "名为{0}（名称结束）的收款方",
                    NameEnd = "名称结束",
                    NameCut = "等",
                    HiddenName = "名称含有隐藏字符的收款方",
                    MixedScriptWarning = "请注意，收款方名称混用了不同字母。",
                },
                WalletDiffers = "钱包显示{0}，付款码上是{1}。",
                CodePayeeDiffers = "付款码上写的是{0}。",
                UrlCodeSentences = new UrlCodeSentences
                {
                    UrlPayment = "{0}付款；钱包将显示收款方和金额。",
                    SchemePay = "{0}付款：向{2}支付{1}。",
                    UnknownAmount = "钱包将确认的金额",
                    AmountInCurrency = "钱包将确认的{0}金额",
                    AmountWithoutCurrency = "{0}（币种由钱包确认）",
                },
                RefusalSentences = new RefusalSentences
                {
                    CryptoRefused = "这是{0}加密货币付款码；除非设置允许，眼镜不支付加密货币。",
                    NotPaymentContent = "这是{0}，不是付款码；眼镜不会打开它。",
                    Contents = new[]
                    {
                        "网页链接", "Wi-Fi网络", "联系人名片", "电话号码", "电子邮件", "短信", "地图位置", "日历事件",
                    },
                    NotPayable = "这不是眼镜可以支付的付款码。",
                },
                Money = "{0}{1}",
                Prompt = "商户还需要{0}。",
                ListSeparator = "、",
                PromptFields = new[]
                {
                    "账单号", "手机号码", "店铺标签", "会员号", "参考号", "客户标签", "终端标签", "付款用途",
                },
                Phrases = new[]
                {
                    "请说“确认”或轻点付款。",
                    "视野中有两个不同的付款码。",
                    "轻点支付此码，双击听下一个，长按取消。",
                    "已付款。",
                    "钱包拒绝了付款。",
                    "已取消。",
                    "声音验证未通过。",
                    "付款失败。",
                    "未找到付款码。",
                    "这不是付款码。",
                    "不允许此付款链接。",
                    "此码已付过款。",
                    "金额超过限额。",
                    "电量过低，无法付款。",
                    "眼镜过热，无法付款。",
                    "无法连接钱包。",
                    "已超时。",
                    "之前的付款仍在确认中。",
                    "之前的付款已成功。",
                    "之前的付款未完成。",
                    "请轻点付款。",
                    "此码需要说出金额，本眼镜无法发送语音。",
                    "此码太长，无法付款。",
                    "收款方名称含有隐藏字符，不付款。",
                    "钱包的金额或币种与付款码不一致，不付款。",
                    "钱包未及时回复，付款仍可能完成。",
                    "正在取消，钱包仍可能完成付款。",
                    "钱包未及时回复，未付款。",
                    "语音未能送达钱包，请轻点付款。",
                    "钱包语音设置。请跟我说每个短语。",
                    // Followed by an EnrolmentScript phrase, which stays English: the wallet's recognizer is English.
                    "请说：",
                    "语音设置完成。",
                    "语音设置已停止。",
                },
                Currencies = new[]
                {
                    "AED", "阿联酋迪拉姆", "阿联酋迪拉姆",
                    "ARS", "阿根廷比索", "阿根廷比索",
                    "AUD", "澳元", "澳元",
                    "BDT", "孟加拉塔卡", "孟加拉塔卡",
                    "BRL", "巴西雷亚尔", "巴西雷亚尔",
                    "CAD", "加元", "加元",
                    "CHF", "瑞士法郎", "瑞士法郎",
                    "CNY", "元人民币", "元人民币",
                    "CZK", "捷克克朗", "捷克克朗",
                    "DKK", "丹麦克朗", "丹麦克朗",
                    "EUR", "欧元", "欧元",
                    "GBP", "英镑", "英镑",
                    "HKD", "港元", "港元",
                    "IDR", "印尼盾", "印尼盾",
                    "INR", "印度卢比", "印度卢比",
                    "JPY", "日元", "日元",
                    "KHR", "柬埔寨瑞尔", "柬埔寨瑞尔",
                    "KRW", "韩元", "韩元",
                    "KWD", "科威特第纳尔", "科威特第纳尔",
                    "LAK", "老挝基普", "老挝基普",
                    "LKR", "斯里兰卡卢比", "斯里兰卡卢比",
                    "MOP", "澳门元", "澳门元",
                    "MYR", "马来西亚林吉特", "马来西亚林吉特",
                    "NOK", "挪威克朗", "挪威克朗",
                    "NZD", "新西兰元", "新西兰元",
                    "PHP", "菲律宾比索", "菲律宾比索",
                    "PKR", "巴基斯坦卢比", "巴基斯坦卢比",
                    "SAR", "沙特里亚尔", "沙特里亚尔",
                    "SEK", "瑞典克朗", "瑞典克朗",
                    "SGD", "新加坡元", "新加坡元",
                    "THB", "泰铢", "泰铢",
                    "TWD", "新台币", "新台币",
                    "USD", "美元", "美元",
                    "VND", "越南盾", "越南盾",
                },
            };
        }
    }
}
