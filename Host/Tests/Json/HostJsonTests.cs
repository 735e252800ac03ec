using System;
using nanoFramework.Json;
using Xunit;

namespace GlassesFirmware.Host.Tests.Json
{
    /// <summary>
    /// Host/Json stands in for nanoFramework.Json 2.2.203 when the device tests run on .NET; these pin the device
    /// library's behaviour it mirrors (read from the library's sources at tag v2.2.203), so a host run predicts the
    /// device's.
    /// </summary>
    public class HostJsonTests
    {
        /// <summary>A target with a field and a property differing only in case, a read-only property and a '$' key's member.</summary>
        public sealed class Target
        {
            public string name;

            public string Name { get; set; }

            public string ReadOnly { get; } = "unchanged";

            public string _meta;

            public string[] items;

            public Target child;
        }

        private static Target Read(string json) => (Target)JsonConvert.DeserializeObject(json, typeof(Target));

        [Fact]
        public void KeysNameMembersByExactCaseFieldsAndSettablePropertiesAndTheRestIsSkipped()
        {
            Target t = Read("{\"name\":\"field\",\"Name\":\"property\",\"NAME\":\"x\",\"ReadOnly\":\"y\",\"$meta\":\"m\",\"other\":{\"a\":[1,2]}}");
            Assert.Equal("field", t.name);
            Assert.Equal("property", t.Name);
            Assert.Equal("unchanged", t.ReadOnly);
            Assert.Equal("m", t._meta);
        }

        [Fact]
        public void ArraysAndNestedObjectsAreTyped()
        {
            Target[] all = (Target[])JsonConvert.DeserializeObject("[{\"items\":[\"a\",\"b\"],\"child\":{\"name\":\"c\"}},{\"items\":[]}]", typeof(Target[]));
            Assert.Equal(new[] { "a", "b" }, all[0].items);
            Assert.Equal("c", all[0].child.name);
            Assert.Empty(all[1].items);
            Assert.Null(all[1].child);
        }

        [Theory]
        [InlineData("{\"name\":\"\\u4f73\"}")]
        [InlineData("{\"name\":\"\\u0041\"}")]
        [InlineData("{\"name\":\"a\\/b\"}")]
        [InlineData("{\"name\":\"A\"")]
        [InlineData("\"just a string\"")]
        [InlineData("{\"name\":\"A\"} x")]
        public void WhatTheDeviceCannotReadIsADeserializationException(string json)
        {
            Assert.Throws<DeserializationException>(() => Read(json));
        }

        [Fact]
        public void TheDeviceEscapesAreDecoded()
        {
            Assert.Equal("q\" b\\ \b\f\n\r\t", Read("{\"name\":\"q\\\" b\\\\ \\b\\f\\n\\r\\t\"}").name);
        }

        [Fact]
        public void AFourByteCharacterDoesNotSurvive()
        {
            Assert.Equal("a\uFFFDb", Read("{\"name\":\"a\U0001F600b\"}").name);
        }

        [Fact]
        public void NullIntoAStringMemberIsEmpty()
        {
            Assert.Equal(string.Empty, Read("{\"name\":null}").name);
        }

        [Fact]
        public void AStringMemberEndingInAQuoteLosesItsFirstAndLastCharacters()
        {
            Assert.Equal("ay \"hi", Read("{\"name\":\"say \\\"hi\\\"\"}").name);
            Assert.Equal("\"hi\" she said", Read("{\"name\":\"\\\"hi\\\" she said\"}").name);
        }

        [Fact]
        public void AnArrayElementStartingWithAQuoteGetsAnotherPair()
        {
            Assert.Equal("\"\"01\" is old\"", Read("{\"items\":[\"\\\"01\\\" is old\"]}").items[0]);
        }

        [Theory]
        [InlineData("20240101T120000Z and more")]
        [InlineData("2024-01-01T12:00:00.0000000Z")]
        [InlineData("counts characters (20), CRC")]
        public void AValueTheDeviceReadsAsADateIsNotSupported(string value)
        {
            Assert.Throws<NotSupportedException>(() => Read("{\"name\":\"" + value + "\"}"));
        }

        [Fact]
        public void APayloadWithYearTwoIsNoDate()
        {
            // The iCalendar test reads "0002" as the year, before the device's DateTime.MinValue (1601).
            const string Payload = "00020101021102160004hoge0104abcd520441115303156540523.72";
            Assert.Equal(Payload, Read("{\"name\":\"" + Payload + "\"}").name);
        }

        /// <summary>Fields and properties, to show which the writer takes.</summary>
        public sealed class Counters
        {
            public int Field = 7;

            public int Count { get; set; } = 12;

            public bool Ok => true;

            public static int Shared => 1;
        }

        [Fact]
        public void SerializeObjectWritesPublicInstanceGettersOnly()
        {
            Assert.Equal("{\"Count\":12,\"Ok\":true}", JsonConvert.SerializeObject(new Counters()));
        }
    }
}
