namespace Altegio.Paging
{
    /// <summary>Fetches one page: its 1-based number and the limit, returning the page's items already mapped to models.</summary>
    public delegate Task<IReadOnlyList<T>> PageFetcher<T>(long page, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Walks a <c>page</c> + <c>limit</c> list one page at a time, in a pull model that suits the cmdlets'
    /// synchronous pipeline: each <see cref="NextPageAsync"/> sends one request and returns that page's
    /// items, or null when the walk is over. It keeps no item after returning it, so memory stays flat
    /// however long the list; the fetcher disposes each page's JSON once it has mapped it.
    /// The walk ends when -First is met, on the first page shorter than the limit (V2 lists carry no
    /// total), or on cancellation (which throws).
    /// With a keep filter (items the API returns but the caller does not want, such as deleted events) the
    /// walk starts at page 1, with pages of the full -PageSize, and counts -Skip and -First over the kept items
    /// only, because the API's page offsets count the dropped ones too; a page is still short by its raw length.
    /// </summary>
    public sealed class Pager<T>
    {
        private static readonly IReadOnlyList<T> NoItems = Array.Empty<T>();
        private readonly PageFetcher<T> _fetch;
        private readonly Func<T, bool>? _keep;
        private readonly int _limit;
        private long _nextPage;
        private ulong _skipLeft;
        private ulong _kept;

        /// <summary>Creates a pager that follows <paramref name="plan"/>.</summary>
        public Pager(PagePlan plan, PageFetcher<T> fetch)
            : this(plan, fetch, null)
        {
        }

        /// <summary>Creates a pager that follows <paramref name="plan"/> and returns only the items <paramref name="keep"/> accepts.</summary>
        public Pager(PagePlan plan, PageFetcher<T> fetch, Func<T, bool>? keep)
        {
            Plan = plan ?? throw new ArgumentNullException(nameof(plan));
            _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
            _keep = keep;
            _limit = keep is null ? plan.Limit : plan.PageSize;
            _nextPage = keep is null ? plan.StartPage : 1;
            _skipLeft = keep is null ? 0 : plan.Skip;
            if (plan.IsEmpty)
            {
                StopReason = PageStop.NothingRequested;
            }
        }

        /// <summary>The plan: first page, limit, items to skip and to return.</summary>
        public PagePlan Plan { get; }

        /// <summary>The page number the next call will request.</summary>
        public long NextPage => _nextPage;

        /// <summary>How many requests were sent so far.</summary>
        public int PagesFetched { get; private set; }

        /// <summary>How many items were returned so far (after -Skip, up to -First).</summary>
        public ulong ItemsReturned { get; private set; }

        /// <summary>Why the walk ended, or <see cref="PageStop.None"/> while it goes on.</summary>
        public PageStop StopReason { get; private set; }

        /// <summary>True once no further request will be sent.</summary>
        public bool IsFinished => StopReason != PageStop.None;

        /// <summary>
        /// The list's length, when the walk reached its end and so could count it (every page before the
        /// short page was full). Null when the walk stopped early or began past the end.
        /// </summary>
        public ulong? KnownTotal { get; private set; }

        /// <summary>
        /// Requests the next page and returns its items (possibly none, when -Skip drops a whole page's worth),
        /// or null when the walk is over. Throws <see cref="OperationCanceledException"/> once cancelled.
        /// </summary>
        public async Task<IReadOnlyList<T>?> NextPageAsync(CancellationToken cancellationToken)
        {
            if (IsFinished)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var page = _nextPage;
            var items = await _fetch(page, _limit, cancellationToken).ConfigureAwait(false) ?? NoItems;
            PagesFetched++;
            _nextPage = page + 1;

            var raw = items.Count;
            if (_keep != null)
            {
                return Filtered(items, raw);
            }

            var start = page == Plan.StartPage ? Plan.SkipInStartPage : 0;
            var remaining = Plan.First - ItemsReturned;
            var available = Math.Max(0, raw - start);
            var take = (ulong)available < remaining ? available : (int)remaining;
            ItemsReturned += (ulong)take;

            if (raw > Plan.Limit)
            {
                // The server ignored the limit, so it likely ignores the page too: asking again would repeat items.
                StopReason = PageStop.ShortPage;
            }
            else if (raw < Plan.Limit)
            {
                StopReason = PageStop.ShortPage;
                // Pages before this one were full: seen full by this walk, or implied by a non-empty page after them.
                if (raw > 0 || page == 1 || page > Plan.StartPage)
                {
                    KnownTotal = ((ulong)(page - 1) * (ulong)Plan.Limit) + (ulong)raw;
                }
            }
            else if (ItemsReturned >= Plan.First)
            {
                StopReason = PageStop.FirstReached;
            }

            if (take == raw)
            {
                return items;
            }

            var slice = new T[take];
            for (var i = 0; i < take; i++)
            {
                slice[i] = items[start + i];
            }

            return slice;
        }

        private IReadOnlyList<T> Filtered(IReadOnlyList<T> items, int raw)
        {
            var result = new List<T>(items.Count);
            foreach (var item in items)
            {
                if (!_keep!(item))
                {
                    continue;
                }

                _kept++;
                if (_skipLeft > 0)
                {
                    _skipLeft--;
                }
                else if (ItemsReturned < Plan.First)
                {
                    result.Add(item);
                    ItemsReturned++;
                }
            }

            if (raw != _limit)
            {
                // Short (or over-long: the server ignored the limit) ends the walk; every page from 1 was seen.
                StopReason = PageStop.ShortPage;
                if (raw < _limit)
                {
                    KnownTotal = _kept;
                }
            }
            else if (ItemsReturned >= Plan.First)
            {
                StopReason = PageStop.FirstReached;
            }

            return result;
        }
    }
}
