using System;
using System.Globalization;
using System.Text.Json;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// The event data the paging measurements read: 10,000 events in location 1001 and 1,000 in 1002, one a
    /// minute from two days ahead, so that both fit a window that holds nothing else.
    /// </summary>
    internal static class Seeding
    {
        public const long LargeCompany = 1001;
        public const long SmallCompany = 1002;
        public const int LargeCount = 10_000;
        public const int SmallCount = 1_000;

        public static void SeedEvents(MockProcess mock)
        {
            Seed(mock, LargeCompany, LargeCount);
            Seed(mock, SmallCompany, SmallCount);
        }

        /// <summary>The window (location time) that holds exactly the seeded events of a location.</summary>
        public static (DateTime From, DateTime To) Window(int count)
        {
            var start = Start();
            return (start.AddMinutes(-1), start.AddMinutes(count + 1));
        }

        private static DateTime Start() => DateTime.UtcNow.Date.AddDays(2);

        private static void Seed(MockProcess mock, long companyId, int count)
        {
            var body = JsonSerializer.Serialize(new
            {
                companyId,
                count,
                start = Start().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                intervalMinutes = 1,
                lengthSeconds = 1800,
                replace = true,
            });
            mock.Call("POST", "seed/events", body);
        }
    }
}
