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
                FixedFee = "，另加手续费{0}，共计{1}",
                FixedFeeOnly = "，另加手续费{0}",
                PercentFee = "，另加百分之{0}的手续费{1}，共计{2}",
                PercentFeeOnly = "，另加百分之{0}的手续费",
                Tip = "，可另加小费",
                UnknownPayee = "钱包将确认的收款方",
                NamedPayee = "名为{0}（名称结束）的收款方",
                NameEnd = "名称结束",
                NameCut = "等",
                HiddenName = "名称含有隐藏字符的收款方",
                MixedScriptWarning = "请注意，收款方名称混用了不同字母。",
                WalletDiffers = "钱包显示{0}，付款码上是{1}。",
                CodePayeeDiffers = "付款码上写的是{0}。",
                UrlPayment = "{0}付款；钱包将显示收款方和金额。",
                NotPayable = "这不是眼镜可以支付的付款码。",
                Money = "{0}{1}",
                Prompt = "商户还需要{0}。",
                ListSeparator = "、",
                PromptFields = new[]
                {
                    "账单号", "手机号码", "店铺标签", "会员号", "参考号", "客户标签", "终端标签", "付款用途",
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
                    "NZD", "新西兰元", "新西兰元",
                    "PHP", "菲律宾比索", "菲律宾比索",
                    "PKR", "巴基斯坦卢比", "巴基斯坦卢比",
                    "SAR", "沙特里亚尔", "沙特里亚尔",
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
