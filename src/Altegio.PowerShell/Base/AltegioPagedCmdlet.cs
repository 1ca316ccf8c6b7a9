using Altegio.Paging;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// A location cmdlet that lists a paged collection. It adds -PageSize and <see cref="WritePaged{T}"/>,
    /// which streams each page's items as soon as the page arrives and honours -First, -Skip and
    /// -IncludeTotalCount of cmdlets declared with <c>SupportsPaging = true</c>.
    /// </summary>
    public abstract class AltegioPagedCmdlet : AltegioLocationCmdlet
    {
        /// <summary>More pages than this and a progress bar is shown, once per page.</summary>
        protected const int ProgressAfterPages = 3;

        /// <summary>-PageSize, shared by every listing cmdlet: items per API request. Its help for users is in each cmdlet's page in src/help/en-US.</summary>
        [Parameter]
        [ValidateRange(1, PagePlan.MaxPageSize)]
        public int PageSize { get; set; } = PagePlan.MaxPageSize;

        /// <summary>The page plan for -Skip, -First (when the cmdlet supports paging) and -PageSize.</summary>
        protected PagePlan CreatePagePlan()
        {
            var paging = PagingParameters;
            return paging is null
                ? PagePlan.All(PageSize)
                : PagePlan.Create(paging.Skip, paging.First, PageSize);
        }

        /// <summary>
        /// Writes every item of <paramref name="pager"/>, page by page: a page is requested only after the
        /// previous one has gone down the pipeline, so a stopped pipeline (Select-Object -First, which makes
        /// WriteObject throw) or Ctrl+C requests nothing more. No list holds more than one page. Past
        /// <see cref="ProgressAfterPages"/> pages a progress record is written before each request and
        /// completed in <c>finally</c>. With -IncludeTotalCount the total follows the items: exact when the
        /// walk reached the end of the list, else (the API gives no total) a lower bound with accuracy 0.
        /// </summary>
        protected void WritePaged<T>(Pager<T> pager, string itemName)
        {
            // A new record per write: hosts and Streams.Progress keep the objects they are given.
            ProgressRecord? last = null;
            try
            {
                while (!pager.IsFinished)
                {
                    if (pager.PagesFetched >= ProgressAfterPages)
                    {
                        last = new ProgressRecord(ProgressActivityId, MyInvocation.MyCommand.Name, string.Format(CultureInfo.InvariantCulture,
                            "Reading page {0} ({1} {2} so far)", pager.PagesFetched + 1, pager.ItemsReturned, itemName))
                        {
                            CurrentOperation = pager.Plan.ToString(),
                            PercentComplete = pager.Plan.First == PagePlan.Unlimited || pager.Plan.First == 0
                                ? -1
                                : (int)System.Math.Min(99UL, pager.ItemsReturned * 100UL / pager.Plan.First),
                        };
                        WriteProgress(last);
                    }

                    var page = Await(pager.NextPageAsync(Cancellation));
                    if (page is null)
                    {
                        break;
                    }

                    foreach (var item in page)
                    {
                        // Throws PipelineStoppedException once downstream has had enough; it must propagate.
                        WriteObject(item);
                    }
                }

                if (PagingParameters is { IncludeTotalCount.IsPresent: true } paging)
                {
                    WriteObject(pager.KnownTotal is { } total
                        ? paging.NewTotalCount(total, 1.0)
                        : paging.NewTotalCount(pager.Plan.Skip + pager.ItemsReturned, 0.0));
                }
            }
            finally
            {
                if (last != null)
                {
                    WriteProgress(new ProgressRecord(last.ActivityId, last.Activity, "Done")
                    {
                        RecordType = ProgressRecordType.Completed,
                        PercentComplete = 100,
                    });
                }
            }
        }

        private int ProgressActivityId => 0x4167 + MyInvocation.PipelinePosition;
    }
}
