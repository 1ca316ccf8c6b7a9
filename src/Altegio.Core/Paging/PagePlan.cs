namespace Altegio.Paging
{
    /// <summary>
    /// Turns PowerShell's -Skip/-First and -PageSize into the API's <c>page</c> + <c>limit</c>: which page to
    /// ask for first, how many items of it to drop, and how large each page is. Pages are 1-based and the
    /// API's offset is <c>(page - 1) * limit</c>, so the page size must stay the same for the whole walk.
    /// </summary>
    public sealed class PagePlan
    {
        /// <summary>The largest page the V2 collections serve; larger limits are clamped by the API.</summary>
        public const int MaxPageSize = 250;

        /// <summary>The value of -First that means "no limit" (PowerShell's default for PagingParameters.First).</summary>
        public const ulong Unlimited = ulong.MaxValue;

        private PagePlan(ulong skip, ulong first, int pageSize, int limit, long startPage, int skipInStartPage)
        {
            PageSize = pageSize;
            Skip = skip;
            First = first;
            Limit = limit;
            StartPage = startPage;
            SkipInStartPage = skipInStartPage;
        }

        /// <summary>How many items to pass over before the first one returned.</summary>
        public ulong Skip { get; }

        /// <summary>How many items to return at most; <see cref="Unlimited"/> for all.</summary>
        public ulong First { get; }

        /// <summary>The page size asked for (-PageSize), before a small -First shrank it to <see cref="Limit"/>.</summary>
        public int PageSize { get; }

        /// <summary>The <c>limit</c> sent with every page.</summary>
        public int Limit { get; }

        /// <summary>The first <c>page</c> to request (1-based).</summary>
        public long StartPage { get; }

        /// <summary>How many items of the first page fall inside -Skip and are dropped.</summary>
        public int SkipInStartPage { get; }

        /// <summary>True when -First is 0: nothing is requested at all.</summary>
        public bool IsEmpty => First == 0;

        /// <summary>Every item, <paramref name="pageSize"/> at a time.</summary>
        public static PagePlan All(int pageSize = MaxPageSize) => Create(0, Unlimited, pageSize);

        /// <summary>
        /// Plans the walk. With a small -First the page shrinks to it (asking for 250 events to show 3 wastes the
        /// API's time and ours), unless a page of -PageSize reaches the window in fewer requests.
        /// </summary>
        public static PagePlan Create(ulong skip, ulong first, int pageSize)
        {
            if (pageSize < 1 || pageSize > MaxPageSize)
            {
                throw AltegioApiException.InvalidParameter("PageSize",
                    "PageSize must be from 1 to " + MaxPageSize + ".");
            }

            var limit = pageSize;
            if (first > 0 && first < (ulong)pageSize)
            {
                // Both candidates are at most 250, so these sums cannot overflow.
                var small = (int)first;
                if (PagesFor(skip, first, small) <= PagesFor(skip, first, pageSize))
                {
                    limit = small;
                }
            }

            var startPage = skip / (ulong)limit;
            if (startPage >= long.MaxValue)
            {
                throw AltegioApiException.InvalidParameter("Skip", "Skip is too large.");
            }

            return new PagePlan(skip, first, pageSize, limit, (long)startPage + 1, (int)(skip % (ulong)limit));
        }

        /// <summary>How many requests a window of <paramref name="first"/> items after <paramref name="skip"/> needs with pages of <paramref name="limit"/>.</summary>
        internal static ulong PagesFor(ulong skip, ulong first, int limit)
        {
            var within = skip % (ulong)limit;
            return (within + first + (ulong)limit - 1) / (ulong)limit;
        }

        /// <inheritdoc />
        public override string ToString() =>
            "page " + StartPage + " (skip " + SkipInStartPage + "), limit " + Limit +
            (First == Unlimited ? ", all" : ", first " + First);
    }

    /// <summary>Why a walk through the pages ended.</summary>
    public enum PageStop
    {
        /// <summary>Still going.</summary>
        None,
        /// <summary>-First items were returned; nothing more was requested.</summary>
        FirstReached,
        /// <summary>A page came back shorter than the limit: the list has no more items.</summary>
        ShortPage,
        /// <summary>-First was 0, so nothing was requested.</summary>
        NothingRequested,
    }
}
