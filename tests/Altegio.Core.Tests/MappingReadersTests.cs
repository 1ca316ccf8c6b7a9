using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Altegio.Json;
using Altegio.Models.Wire;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>
    /// The readers on the mapping path that work on the parsed document itself: they must read exactly what
    /// the source-generated serializer (and the regex date reader) read, only faster.
    /// </summary>
    public class MappingReadersTests
    {
        private static ApiDocument Document(string json) =>
            ResponseReader.Read(200, "OK", "application/json", Encoding.UTF8.GetBytes(json), "GET", "test");

        private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;

        private static void SameProperties<T>(T expected, T actual)
        {
            foreach (var property in typeof(T).GetProperties())
            {
                Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)),
                    property.Name + ": expected " + property.GetValue(expected) + ", got " + property.GetValue(actual));
            }
        }

        public static TheoryData<string> AttributeShapes => new TheoryData<string>
        {
            "{}",
            "{\"master_id\":101,\"staff_id\":101,\"service_id\":301,\"date\":\"2027-01-15T09:00:00+0300\",\"timestamp\":1800000000,\"length\":1800,\"capacity\":10,\"clients_count\":0,\"color\":\"#2196f3\",\"font_color\":\"#ffffff\",\"instructions\":null,\"stream_link\":\"\",\"comment\":null,\"notified\":false,\"schedule_id\":null,\"deleted\":false}",
            "{\"company_id\":\"1001\",\"salon_id\":\" 7 \",\"staff_id\":\"\",\"length\":\"3600\",\"capacity\":12.0,\"records_count\":\"x\",\"timestamp\":1.5}",
            "{\"deleted\":\"1\",\"is_deleted\":0,\"title\":\"Yoga\",\"is_editable\":\"true\",\"not_editable\":1,\"entity\":\"2\",\"entity_type\":\"activity\"}",
            "{\"color\":123,\"comment\":true,\"date\":{\"a\":1},\"instructions\":[1,2],\"icon\":false,\"entity_slug\":null}",
            "{\"staff_id\":1,\"staff_id\":2,\"color\":\"a\",\"color\":null}",
            "{\"Staff_Id\":5,\"COLOR\":\"red\",\"st\\u0061ff_id\":9,\"technical_break_duration\":\"300\"}",
            "{\"deleted\":true,\"schedule_id\":5,\"comment\":\"c\",\"stream_link\":\"s\",\"instructions\":\"i\",\"font_color\":\"f\",\"color\":\"k\",\"clients_count\":2,\"capacity\":3,\"length\":4,\"timestamp\":5,\"date\":\"d\",\"service_id\":6,\"staff_id\":7,\"master_id\":8,\"salon_id\":9,\"company_id\":10}",
            "{\"salon_id\":1,\"master_id\":2,\"company_id\":3,\"title\":\"t\",\"not_editable\":true,\"company_id\":4,\"x\":{\"company_id\":5}}",
            "{\"is_deleted\":\"false\",\"deleted\":\"yes\",\"is_editable\":2,\"not_editable\":\"0\",\"font_color\":\"\\u0041\"}",
        };

        [Theory]
        [MemberData(nameof(AttributeShapes))]
        public void EventAttributesReadAsTheSerializerReadsThem(string json)
        {
            var expected = JsonSerializer.Deserialize(json, EventsJsonContext.Default.EventAttributes)!;

            SameProperties(expected, EventAttributes.Read(Element(json)));
        }

        [Theory]
        [MemberData(nameof(AttributeShapes))]
        public void TagAttributesReadAsTheSerializerReadsThem(string json)
        {
            var expected = JsonSerializer.Deserialize(json, AltegioJsonContext.Default.TagAttributes)!;

            SameProperties(expected, TagAttributes.Read(Element(json)));
        }

        [Fact]
        public void AttributesComeFromTheAttributesMemberOrAV1ObjectAsAWhole()
        {
            Assert.Equal(5, ResourceReader.ReadAttributes(Element("{\"id\":\"1\",\"attributes\":{\"staff_id\":5},\"staff_id\":6}"), EventAttributes.Read).StaffId);
            Assert.Equal(6, ResourceReader.ReadAttributes(Element("{\"id\":1,\"staff_id\":6}"), EventAttributes.Read).StaffId);
            Assert.Equal(6, ResourceReader.ReadAttributes(Element("{\"id\":1,\"attributes\":[],\"staff_id\":6}"), EventAttributes.Read).StaffId);
            Assert.Null(ResourceReader.ReadAttributes(Element("[1]"), EventAttributes.Read).StaffId);
            Assert.Null(ResourceReader.ReadAttributes(Element("\"x\""), TagAttributes.Read).Title);
        }

        [Theory]
        [InlineData("2027-01-15T09:00:00+0300")]
        [InlineData("2027-01-15 09:00:00+03:00")]
        [InlineData("2027-01-15T09:00:00-0330")]
        [InlineData("2027-01-15T09:00:00+05")]
        [InlineData("2027-01-15T09:00:00-00")]
        [InlineData("2027-01-15T09:00:00Z")]
        [InlineData("2027-01-15T23:59:59+1400")]
        [InlineData("2027-01-15 09:00:00")]
        [InlineData("2028-02-29T00:00:00+0100")]
        public void TheExactFormReadsAsTheGeneralPathDoes(string text)
        {
            Assert.True(EventTime.TrySplitExact(text, out _, out _));

            // A leading space is never the exact form, so it takes the general path.
            Assert.Equal(EventTime.ParseApiDate(" " + text, 1800000000), EventTime.ParseApiDate(text, 1800000000));
            Assert.Equal(EventTime.ParseApiDate(" " + text)!.Value.Offset, EventTime.ParseApiDate(text)!.Value.Offset);
        }

        [Fact]
        public void AnOffsetPastFourteenHoursFailsAlikeOnBothPaths()
        {
            Assert.True(EventTime.TrySplitExact("2027-01-15T09:00:00+1459", out _, out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => EventTime.ParseApiDate("2027-01-15T09:00:00+1459"));
            Assert.Throws<ArgumentOutOfRangeException>(() => EventTime.ParseApiDate(" 2027-01-15T09:00:00+1459"));
        }

        [Theory]
        [InlineData("2027-02-29T09:00:00+0300")]
        [InlineData("2027-13-01T09:00:00+0300")]
        [InlineData("2027-01-15T24:00:00+0300")]
        [InlineData("2027-01-15T09:60:00")]
        [InlineData("2027-01-15T09:00:00+1500")]
        [InlineData("2027-01-15T09:00:00+0360")]
        [InlineData("0000-01-15T09:00:00")]
        [InlineData("2027-01-15t09:00:00z")]
        [InlineData("2027-01-15T09:00:00 +03")]
        [InlineData("2027-01-15T9:00:00+0300")]
        [InlineData("2027-01-15T09:00:00+03:0")]
        [InlineData("2027-01-15T09:00:00.5+03")]
        [InlineData("2027/01/15T09:00:00+0300")]
        [InlineData("2027-01-15T09:00:00#0300")]
        public void AnythingElseIsLeftToTheGeneralPath(string text)
        {
            Assert.False(EventTime.TrySplitExact(text, out _, out _));
        }

        [Theory]
        [InlineData("2027-01-15t09:00:00z", 0)]
        [InlineData("2027-01-15T9:00:00+0300", 180)]
        [InlineData(" 2027-01-15T09:00:00 +03 ", 180)]
        public void TheGeneralPathStillReadsTheOtherForms(string text, int offsetMinutes)
        {
            var parsed = EventTime.ParseApiDate(text)!.Value;

            Assert.Equal(new DateTime(2027, 1, 15, 9, 0, 0), parsed.DateTime);
            Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), parsed.Offset);
        }

        [Fact]
        public void TheIndexFindsByTypeIgnoringCaseAndUntypedByIdAlone()
        {
            using var document = Document("{\"data\":[],\"meta\":[],\"included\":["
                + "{\"type\":\"label\",\"id\":\"5\",\"attributes\":{\"title\":\"Red\"}},"
                + "{\"type\":\"label\",\"id\":6,\"attributes\":{\"title\":\"Blue\"}},"
                + "{\"type\":\"staff\",\"id\":\"5\",\"attributes\":{\"name\":\"Ann\"}},"
                + "{\"type\":null,\"id\":\"9\",\"title\":\"Loose\"},"
                + "{\"type\":\"label\",\"attributes\":{\"title\":\"No id\"}},"
                + "{\"type\":\"duration_details\",\"id\":\"7\",\"attributes\":{\"technical_break_duration\":\"600\"}}]}");
            var index = new IncludedIndex(document);

            Assert.Equal("Red", index.Attribute(new ResourceRef("LABEL", "5"), "title"));
            Assert.Equal("Blue", index.Attribute(new ResourceRef("label", "6"), "title"));
            Assert.Equal("Ann", index.Attribute(new ResourceRef("staff", "5"), "name"));
            Assert.Equal("Loose", index.Attribute(new ResourceRef("label", "9"), "title"));
            Assert.Equal("Loose", index.Attribute(new ResourceRef(null, "9"), "title"));
            Assert.Null(index.Attribute(new ResourceRef("label", "8"), "title"));
            Assert.Equal(600, index.Int64Attribute(new ResourceRef("duration_details", "7"), "technical_break_duration"));
            Assert.Null(document.Meta);
        }

        [Fact]
        public void RelationshipsReadEveryShape()
        {
            using var document = Document("{\"data\":[],\"included\":[{\"type\":\"label\",\"id\":\"5\"}]}");
            var index = new IncludedIndex(document);
            var resource = Element("{\"relationships\":{"
                + "\"labels\":{\"data\":[{\"type\":\"label\",\"id\":\"5\"},{\"type\":\"label\",\"id\":6},{\"type\":\"label\"},\"7\",8]},"
                + "\"staff\":{\"data\":{\"type\":\"staff\",\"id\":\"101\"}},"
                + "\"service\":{\"data\":null},"
                + "\"resource_instances\":{\"data\":[]},"
                + "\"client\":[{\"id\":\"3\"}]}}");
            var relationships = IncludedIndex.RelationshipsOf(resource);

            foreach (var read in new Func<string, System.Collections.Generic.IReadOnlyList<ResourceRef>?>[]
                { name => index.References(relationships, Encoding.UTF8.GetBytes(name)), name => IncludedIndex.Relationship(resource, name) })
            {
                var labels = read("labels")!;
                Assert.Equal(new[] { "5", "6", "7", "8" }, labels.Select(r => r.Id));
                Assert.Equal(new[] { "label", "label", null, null }, labels.Select(r => r.Type));
                Assert.Equal("101", Assert.Single(read("staff")!).Id);
                Assert.Empty(read("service")!);
                Assert.Empty(read("resource_instances")!);
                Assert.Equal("3", Assert.Single(read("client")!).Id);
                Assert.Null(read("master"));
            }

            Assert.Null(IncludedIndex.RelationshipsOf(Element("{\"relationships\":[]}")));
            Assert.Null(IncludedIndex.Relationship(Element("[]"), "labels"));
            Assert.Null(index.References(null, "labels"u8));
        }
    }
}
