using System;
using System.Linq;
using System.Text;
using Altegio.Json;
using Altegio.Models.Wire;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>
    /// The one reading path: answers read straight into the wire records (envelope, resources, relationships,
    /// side-loaded resources) with the lenient rules the API's mixed forms need.
    /// </summary>
    public class MappingReadersTests
    {
        private static Answer<T> Answer<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> attributes)
            where T : class =>
            ResponseReader.ReadAnswer(200, "OK", "application/json", Encoding.UTF8.GetBytes(json), null, attributes, "GET", "test");

        private static EventAttributes Event(string attributes) =>
            Assert.Single(Answer("{\"data\":{\"id\":\"1\",\"attributes\":" + attributes + "}}", AltegioJsonContext.Wire.EventAttributes).Items).Attributes;

        [Fact]
        public void NumbersAndFlagsReadInEveryFormTheApiSends()
        {
            var a = Event("{\"company_id\":\"1001\",\"salon_id\":\" 7 \",\"staff_id\":\"\",\"length\":\"3600\",\"capacity\":12.0,\"records_count\":\"x\",\"timestamp\":1.5,"
                + "\"deleted\":\"1\",\"is_deleted\":0,\"color\":123,\"comment\":true,\"date\":{\"a\":1},\"instructions\":[1,2],\"technical_break_duration\":\"300\"}");

            Assert.Equal(1001, a.CompanyId);
            Assert.Equal(7, a.SalonId);
            Assert.Null(a.StaffId);
            Assert.Equal(3600, a.Length);
            Assert.Equal(12, a.Capacity);
            Assert.Null(a.RecordsCount);
            Assert.Null(a.Timestamp);
            Assert.True(a.Deleted);
            Assert.False(a.IsDeleted);
            Assert.Equal("123", a.Color);
            Assert.Equal("true", a.Comment);
            Assert.Null(a.Date);
            Assert.Null(a.Instructions);
            Assert.Equal(300, a.TechnicalBreakDuration);
        }

        [Fact]
        public void NamesMatchExactlyAndALaterDuplicateWins()
        {
            var a = Event("{\"Staff_Id\":5,\"COLOR\":\"red\",\"st\\u0061ff_id\":9,\"staff_id\":1,\"staff_id\":2,\"color\":\"a\",\"color\":null}");

            Assert.Equal(2, a.StaffId);
            Assert.Null(a.Color);
        }

        [Fact]
        public void AttributesComeFromTheAttributesMemberOrAV1ObjectAsAWhole()
        {
            var wire = AltegioJsonContext.Wire.EventAttributes;
            var items = Answer("{\"data\":[{\"id\":\"1\",\"attributes\":{\"staff_id\":5},\"staff_id\":6},{\"id\":2,\"staff_id\":6},{\"id\":3,\"attributes\":[],\"staff_id\":7},[1],\"x\"]}", wire).Items;

            Assert.Equal(new long?[] { 5, 6, 7, null, null }, items.Select(i => i.Attributes.StaffId));
            Assert.Equal(new[] { "1", "2", "3", null, null }, items.Select(i => i.Id));
            Assert.Throws<WireFormatException>(() => items[3].NumericId);
        }

        [Fact]
        public void DataMayBeAnObjectAnArrayNullOrAbsentAndMetaAnEmptyArray()
        {
            var wire = AltegioJsonContext.Wire.TagAttributes;

            Assert.Single(Answer("{\"data\":{\"id\":\"1\"},\"meta\":[]}", wire).Items);
            Assert.Equal(2, Answer("{\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"meta\":{\"count\":\"2\"}}", wire).Items.Count);
            Assert.Empty(Answer("{\"data\":null}", wire).Items);
            Assert.Empty(Answer("{\"success\":true}", wire).Items);
            Assert.Null(Answer("{\"data\":[],\"meta\":[]}", wire).Meta);
            Assert.Equal(2, Answer("{\"data\":[],\"meta\":{\"count\":\"2\"}}", wire).Meta!.Count);
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
            var answer = Answer("{\"data\":[],\"meta\":[],\"included\":["
                + "{\"type\":\"label\",\"id\":\"5\",\"attributes\":{\"title\":\"Red\"}},"
                + "{\"type\":\"label\",\"id\":6,\"attributes\":{\"title\":\"Blue\"}},"
                + "{\"type\":\"staff\",\"id\":\"5\",\"attributes\":{\"name\":\"Ann\"}},"
                + "{\"type\":null,\"id\":\"9\",\"title\":\"Loose\"},"
                + "{\"type\":\"label\",\"attributes\":{\"title\":\"No id\"}},"
                + "{\"type\":\"duration_details\",\"id\":\"7\",\"attributes\":{\"technical_break_duration\":\"600\"}}]}", AltegioJsonContext.Wire.TagAttributes);
            var index = IncludedIndex.Of(answer);

            Assert.Equal("Red", index.Find(new ResourceRef("LABEL", "5"))!.Title);
            Assert.Equal("Blue", index.Find(new ResourceRef("label", "6"))!.Title);
            Assert.Equal("Ann", index.Find(new ResourceRef("staff", "5"))!.Name);
            Assert.Equal("Loose", index.Find(new ResourceRef("label", "9"))!.Title);
            Assert.Equal("Loose", index.Find(new ResourceRef(null, "9"))!.Title);
            Assert.Null(index.Find(new ResourceRef("label", "8")));
            Assert.Equal(600, index.Find(new ResourceRef("duration_details", "7"))!.TechnicalBreakDuration);
            Assert.Null(answer.Meta);
        }

        [Fact]
        public void RelationshipIdsKeepTheWholeNumbersInOrderAndAnEmptyRelationshipIsNoIdsRatherThanUnknown()
        {
            Assert.Equal(new long[] { 5, 7 }, IncludedIndex.Ids(new[] { new ResourceRef("label", "5"), new ResourceRef("label", "x1"), new ResourceRef("label", 7) }));
            Assert.Empty(IncludedIndex.Ids(new[] { new ResourceRef("label", "x1") })!);
            Assert.Empty(IncludedIndex.Ids(Array.Empty<ResourceRef>())!);
            Assert.Null(IncludedIndex.Ids(null));
        }

        [Fact]
        public void RelationshipsReadEveryShape()
        {
            var answer = Answer("{\"data\":{\"id\":\"1\",\"relationships\":{"
                + "\"labels\":{\"data\":[{\"type\":\"label\",\"id\":\"5\"},{\"type\":\"label\",\"id\":6},{\"type\":\"label\"},\"7\",8],\"links\":{}},"
                + "\"staff\":{\"data\":{\"type\":\"staff\",\"id\":\"101\"}},"
                + "\"service\":{\"data\":null},"
                + "\"resource_instances\":{\"data\":[]},"
                + "\"client\":[{\"id\":\"3\"}],"
                + "\"position\":{\"type\":\"position\",\"id\":\"4\"}}}}", AltegioJsonContext.Wire.EventAttributes);
            var relationships = Assert.Single(answer.Items).Relationships;

            var labels = relationships["labels"]!;
            Assert.Equal(new[] { "5", "6", "7", "8" }, labels.Select(r => r.Id));
            Assert.Equal(new[] { "label", "label", null, null }, labels.Select(r => r.Type));
            Assert.Equal(new long[] { 5, 6, 7, 8 }, IncludedIndex.Ids(labels));
            Assert.Equal(new[] { "5", "6", "7", "8" }, labels.Select(r => r.NumericId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal("101", Assert.Single(relationships["staff"]!).Id);
            Assert.Empty(relationships["service"]!);
            Assert.Empty(relationships["resource_instances"]!);
            Assert.Equal("3", Assert.Single(relationships["client"]!).Id);
            Assert.Equal("4", Assert.Single(relationships["position"]!).Id);
            Assert.Null(relationships["master"]);
            Assert.Null(Assert.Single(Answer("{\"data\":{\"id\":\"1\",\"relationships\":[]}}", AltegioJsonContext.Wire.EventAttributes).Items).Relationships["labels"]);
        }

        [Fact]
        public void MetaErrorsReadAsRefusedRowsOnlyWhenTheyAreAnArray()
        {
            var wire = AltegioJsonContext.Wire.IncludedAttributes;
            var rows = Answer("{\"data\":[],\"meta\":{\"errors\":[{\"index\":\"1\",\"error\":\"busy\"},\"x\",{\"message\":\"no index\"}]}}", wire).Meta!.Errors!;

            // A refusal that is plain text is still a refusal: leaving it out would report its row as done.
            Assert.Equal(new long?[] { 1, null, null }, rows.Select(r => r.Index));
            Assert.Equal(new[] { "busy", "x", null }, rows.Select(r => r.Error));
            Assert.Equal("no index", rows[2].Message);
            Assert.Null(Answer("{\"data\":[],\"meta\":{\"errors\":{\"title\":[\"bad\"]}}}", wire).Meta!.Errors);
            Assert.Null(Answer("{\"data\":[],\"meta\":{\"total_count\":0}}", wire).Meta!.Errors);
        }

        [Fact]
        public void IncludedJsonIsKeptOnlyWhenAskedAndSendsProductLinesBackAsTheyCame()
        {
            const string json = "{\"data\":[{\"id\":\"7\",\"type\":\"record\"}],\"included\":[{\"id\":\"5\",\"type\":\"attendance_good_item\","
                + "\"attributes\":{\"good_id\":\"41\",\"quantity\":2.50,\"marks\":[\"a\",{\"b\":1}],\"planned_activation_date\":null,\"other\":1}},"
                + "{\"id\":6,\"type\":null,\"cost_per_unit\":\"20.5\",\"discount_percent\":\"x\"}],\"meta\":[]}";
            var wire = AltegioJsonContext.Wire.EventBookingAttributes;

            Assert.Null(Answer(json, wire).IncludedJson);
            var kept = ResponseReader.ReadAnswer(200, "OK", "application/json", Encoding.UTF8.GetBytes(json), null, wire, "GET", "test", keepIncludedJson: true).IncludedJson!;

            var lines = AnswerReader.ReadResources(kept, AltegioJsonContext.Wire.EventBookingGoodLine);
            Assert.Equal(new[] { "attendance_good_item", null }, lines.Select(l => l.Type));
            var good = lines[0].Attributes;
            good.Id = lines[0].Ref!.Value.NumericId;
            Assert.Equal("{\"id\":5,\"good_id\":\"41\",\"unit_id\":null,\"storage_id\":null,\"staff_id\":null,\"operation_unit_type\":null,\"number\":null,"
                + "\"quantity\":2.50,\"cost_per_unit\":null,\"manual_cost\":null,\"discount_percent\":null,\"marks\":[\"a\",{\"b\":1}],\"planned_activation_date\":null}",
                Encoding.UTF8.GetString(AltegioJsonContext.Serialize(good, AltegioJsonContext.Wire.EventBookingGoodLine)));

            var service = AnswerReader.ReadResources(kept, AltegioJsonContext.Wire.EventBookingServiceLine)[1].Attributes;
            Assert.Equal(20.5m, service.CostPerUnit);
            Assert.Null(service.DiscountPercent);
        }
    }
}
