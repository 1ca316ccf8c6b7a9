using System;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>The dates and durations of events: what the API sends and what users type.</summary>
    public class EventTimeTests
    {
        [Theory]
        [InlineData(DateTimeKind.Unspecified)]
        [InlineData(DateTimeKind.Local)]
        [InlineData(DateTimeKind.Utc)]
        public void FormatsTheClockTimeAsIsWhateverTheKind(DateTimeKind kind)
        {
            var time = new DateTime(2027, 1, 15, 9, 5, 7, kind);

            Assert.Equal("2027-01-15 09:05:07", EventTime.Format(time));
        }

        [Theory]
        [InlineData("2027-01-15T09:00:00+0200", 120)]
        [InlineData("2027-01-15T09:00:00+02:00", 120)]
        [InlineData("2027-01-15T09:00:00-0330", -210)]
        [InlineData("2027-01-15T09:00:00+05", 300)]
        [InlineData("2027-01-15T09:00:00Z", 0)]
        [InlineData("2027-01-15 09:00:00+0200", 120)]
        [InlineData("2027-01-15T09:00:00.000000+0200", 120)]
        public void ReadsTheApisOffsetsWithOrWithoutAColon(string text, int offsetMinutes)
        {
            var parsed = EventTime.ParseApiDate(text)!.Value;

            Assert.Equal(new DateTime(2027, 1, 15, 9, 0, 0), parsed.DateTime);
            Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), parsed.Offset);
        }

        [Fact]
        public void WithoutAnOffsetTheTimestampGivesIt()
        {
            var utc = new DateTimeOffset(2027, 1, 15, 7, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

            var parsed = EventTime.ParseApiDate("2027-01-15 09:00:00", utc)!.Value;

            Assert.Equal(new DateTime(2027, 1, 15, 9, 0, 0), parsed.DateTime);
            Assert.Equal(TimeSpan.FromHours(2), parsed.Offset);
        }

        [Fact]
        public void WithNeitherTheClockTimeIsKeptAndTheFallbackOffsetUsed()
        {
            var parsed = EventTime.ParseApiDate("2027-01-15 09:00:00", null, TimeSpan.FromHours(3))!.Value;

            Assert.Equal(new DateTime(2027, 1, 15, 9, 0, 0), parsed.DateTime);
            Assert.Equal(TimeSpan.FromHours(3), parsed.Offset);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("tomorrow")]
        [InlineData("2027-01-15T09:00:00+9900")]
        public void UnreadableDatesAreNull(string? text)
        {
            Assert.Null(EventTime.ParseApiDate(text));
        }

        [Theory]
        [InlineData("2027-01-15 09:00", "2027-01-15 09:00:00")]
        [InlineData("2027-01-15 9:30", "2027-01-15 09:30:00")]
        [InlineData("2027-01-15T09:00:00+0500", "2027-01-15 09:00:00")] // the offset is dropped, never converted
        [InlineData("2027-01-15T09:00:00Z", "2027-01-15 09:00:00")]
        [InlineData("01/15/2027 18:45", "2027-01-15 18:45:00")]
        [InlineData("2027-01-15T18:45:00-08:00", "2027-01-15 18:45:00")]
        public void ReadsWhatUsersTypeAsTheClockTimeWritten(string text, string expected)
        {
            Assert.Equal(expected, EventTime.Format(EventTime.ParseLocationTime(text)!.Value));
        }

        [Theory]
        [InlineData("60", 60)]
        [InlineData("90", 90)]
        [InlineData("01:30", 90)]
        [InlineData("1:00:00", 60)]
        [InlineData("1h30m", 90)]
        [InlineData("45min", 45)]
        [InlineData("2h", 120)]
        [InlineData("PT1H15M", 75)]
        [InlineData(" 15 ", 15)]
        public void ReadsDurationsWithABareNumberAsMinutes(string text, int minutes)
        {
            Assert.Equal(TimeSpan.FromMinutes(minutes), EventTime.ParseDuration(text));
        }

        [Theory]
        [InlineData("")]
        [InlineData("soon")]
        [InlineData("1x")]
        public void UnreadableDurationsAreNull(string text)
        {
            Assert.Null(EventTime.ParseDuration(text));
        }

        [Theory]
        [InlineData(0, true)]
        [InlineData(300, true)]
        [InlineData(3600, true)]
        [InlineData(301, false)]
        [InlineData(90, false)]
        public void KnowsTheFiveMinuteGrid(int seconds, bool onGrid)
        {
            Assert.Equal(onGrid, EventTime.IsOnGrid(TimeSpan.FromSeconds(seconds)));
        }
    }
}
