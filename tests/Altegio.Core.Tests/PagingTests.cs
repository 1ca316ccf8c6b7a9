using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Errors;
using Altegio.Paging;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Page arithmetic and the pull pager, against an in-memory list that pages like the API (offset = (page-1)*limit).</summary>
    public class PagingTests
    {
        private const ulong All = PagePlan.Unlimited;

        [Theory]
        // skip, first, pageSize -> limit, startPage, skipInStartPage
        [InlineData(0UL, All, 250, 250, 1L, 0)]
        [InlineData(0UL, All, 100, 100, 1L, 0)]
        [InlineData(0UL, 3UL, 250, 3, 1L, 0)]          // -First 3: ask for 3, not 250
        [InlineData(0UL, 250UL, 250, 250, 1L, 0)]
        [InlineData(0UL, 1000UL, 250, 250, 1L, 0)]
        [InlineData(500UL, All, 250, 250, 3L, 0)]       // -Skip 500 starts at page 3
        [InlineData(510UL, All, 250, 250, 3L, 10)]      // and drops 10 of it
        [InlineData(5UL, 3UL, 250, 250, 1L, 5)]         // pages of 3 would need 2 requests; one of 250 does it
        [InlineData(6UL, 3UL, 250, 3, 3L, 0)]           // aligned: page 3 of 3 is exactly items 6..8
        [InlineData(1000UL, 1UL, 250, 1, 1001L, 0)]
        [InlineData(7UL, All, 1, 1, 8L, 0)]
        public void PlansPageAndLimitFromSkipFirstAndPageSize(ulong skip, ulong first, int pageSize, int limit, long startPage, int skipInStartPage)
        {
            var plan = PagePlan.Create(skip, first, pageSize);

            Assert.Equal(limit, plan.Limit);
            Assert.Equal(startPage, plan.StartPage);
            Assert.Equal(skipInStartPage, plan.SkipInStartPage);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(251)]
        [InlineData(-1)]
        public void RejectsAPageSizeOutsideOneTo250(int pageSize)
        {
            var ex = Assert.Throws<AltegioApiException>(() => PagePlan.Create(0, All, pageSize));
            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("PageSize", ex.FieldErrors.Single().Field);
        }

        [Fact]
        public async Task WalksEveryPageAndEndsOnTheFirstShortPage()
        {
            var source = new FakeList(1003);
            var pager = new Pager<int>(PagePlan.All(250), source.Fetch);

            var seen = await Drain(pager);

            Assert.Equal(Enumerable.Range(0, 1003), seen);
            Assert.Equal(new[] { (1L, 250), (2L, 250), (3L, 250), (4L, 250), (5L, 250) }, source.Requests);
            Assert.Equal(PageStop.ShortPage, pager.StopReason);
            Assert.Equal(1003UL, pager.KnownTotal);
            Assert.Null(await pager.NextPageAsync(CancellationToken.None));
            Assert.Equal(5, source.Requests.Count);
        }

        [Fact]
        public async Task AListOfExactlyFullPagesEndsOnAnEmptyPage()
        {
            var source = new FakeList(500);
            var pager = new Pager<int>(PagePlan.All(250), source.Fetch);

            Assert.Equal(500, (await Drain(pager)).Count);
            Assert.Equal(3, source.Requests.Count);
            Assert.Equal(500UL, pager.KnownTotal);
        }

        [Fact]
        public async Task StopsAsSoonAsFirstIsMetWithoutAnotherRequest()
        {
            var source = new FakeList(10_000);
            var pager = new Pager<int>(PagePlan.Create(0, 600, 250), source.Fetch);

            var seen = await Drain(pager);

            Assert.Equal(Enumerable.Range(0, 600), seen);
            Assert.Equal(3, source.Requests.Count);
            Assert.Equal(PageStop.FirstReached, pager.StopReason);
            Assert.Null(pager.KnownTotal);
        }

        [Fact]
        public async Task FirstThatFillsWholePagesStillStopsWithoutAnotherRequest()
        {
            var source = new FakeList(10_000);
            var pager = new Pager<int>(PagePlan.Create(0, 500, 250), source.Fetch);

            Assert.Equal(500, (await Drain(pager)).Count);
            Assert.Equal(2, source.Requests.Count);
        }

        [Fact]
        public async Task SkipDropsItemsOfTheStartPageAndFirstCutsTheLast()
        {
            var source = new FakeList(1000);
            var pager = new Pager<int>(PagePlan.Create(260, 300, 100), source.Fetch);

            var seen = await Drain(pager);

            Assert.Equal(Enumerable.Range(260, 300), seen);
            Assert.Equal(new[] { 3L, 4L, 5L, 6L }, source.Requests.Select(r => r.Page));
            Assert.All(source.Requests, r => Assert.Equal(100, r.Limit));
        }

        [Fact]
        public async Task SkipPastTheEndReturnsNothingAndKnowsNoTotal()
        {
            var source = new FakeList(100);
            var pager = new Pager<int>(PagePlan.Create(1000, All, 250), source.Fetch);

            Assert.Empty(await Drain(pager));
            Assert.Single(source.Requests);
            Assert.Null(pager.KnownTotal);
        }

        [Fact]
        public async Task FirstZeroSendsNothing()
        {
            var source = new FakeList(100);
            var pager = new Pager<int>(PagePlan.Create(0, 0, 250), source.Fetch);

            Assert.Null(await pager.NextPageAsync(CancellationToken.None));
            Assert.Empty(source.Requests);
            Assert.Equal(PageStop.NothingRequested, pager.StopReason);
        }

        [Fact]
        public async Task AServerThatIgnoresTheLimitIsNotAskedAgain()
        {
            var everything = Enumerable.Range(0, 400).ToArray();
            var calls = 0;
            var pager = new Pager<int>(PagePlan.All(250), (page, limit, ct) =>
            {
                calls++;
                return Task.FromResult<IReadOnlyList<int>>(everything);
            });

            Assert.Equal(400, (await Drain(pager)).Count);
            Assert.Equal(1, calls);
        }

        [Fact]
        public async Task CancellationStopsBeforeTheNextRequest()
        {
            var source = new FakeList(1000);
            using var cancel = new CancellationTokenSource();
            var pager = new Pager<int>(PagePlan.All(100), source.Fetch);

            Assert.NotNull(await pager.NextPageAsync(cancel.Token));
            cancel.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pager.NextPageAsync(cancel.Token));
            Assert.Single(source.Requests);
        }

        [Fact]
        public async Task KeepsNoPageOnceItIsReturned()
        {
            // Memory stays flat: after the caller drops a page, nothing in the pager still holds it.
            var pager = new Pager<object>(PagePlan.All(50), (page, limit, ct) =>
                Task.FromResult<IReadOnlyList<object>>(Enumerable.Range(0, page < 4 ? limit : 3).Select(_ => new object()).ToArray()));

            var first = await FirstPageHandle(pager);
            while (await pager.NextPageAsync(CancellationToken.None) is not null)
            {
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.False(first.IsAlive, "the pager kept a page it had already returned");
            Assert.Equal(4, pager.PagesFetched);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static async Task<WeakReference> FirstPageHandle(Pager<object> pager)
        {
            var page = await pager.NextPageAsync(CancellationToken.None);
            return new WeakReference(page);
        }

        private static async Task<List<int>> Drain(Pager<int> pager)
        {
            var all = new List<int>();
            while (await pager.NextPageAsync(CancellationToken.None) is { } page)
            {
                all.AddRange(page);
            }

            return all;
        }

        /// <summary>A list of 0..count-1 served like the API: page and limit, offset (page-1)*limit.</summary>
        private sealed class FakeList
        {
            private readonly int _count;

            public FakeList(int count) => _count = count;

            public List<(long Page, int Limit)> Requests { get; } = new List<(long, int)>();

            public Task<IReadOnlyList<int>> Fetch(long page, int limit, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Requests.Add((page, limit));
                var offset = (page - 1) * limit;
                var take = (int)Math.Max(0, Math.Min(limit, _count - offset));
                return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range((int)Math.Min(offset, int.MaxValue), take).ToArray());
            }
        }
    }
}
