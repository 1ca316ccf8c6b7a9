using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the group events (classes, workshops, group trainings) of an Altegio location.</para>
    /// <para type="description">Lists the events of a period, from now to 7 days ahead by default, streamed page by page: each page's events go down the pipeline as soon as it arrives, and no more pages are requested once -First is met or the pipeline stops (Select-Object -First). Lists any period, past or future; deleted events are left out unless -IncludeDeleted is given. Filters by team member, service, resource, day of the week and free seats. -Id gets specific events, soft-deleted ones included. Times are clock times at the location.</para>
    /// </summary>
    /// <remarks>
    /// One parameter set on purpose: the list filters end in "Id" and bind by property name, so with a
    /// separate ById set a piped event (Id, TeamMemberId, ServiceId) would bind to the list set and list its
    /// team member's events. With -Id optional in the same set, a piped event or number gets that event.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioEvent", SupportsPaging = true)]
    [OutputType(typeof(Event))]
    public sealed class GetAltegioEventCommand : AltegioPagedCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the events to get. Soft-deleted events are returned too (IsDeleted is true). With -Id the list filters and -First/-Skip are not used. Accepts piped numbers and objects with an Id or EventId property.</para>
        /// </summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[]? Id { get; set; }

        /// <summary>
        /// <para type="description">The start of the period, as a clock time at the location (the DateTime's Kind is ignored; an offset in a string is dropped). Defaults to one minute from now at the location. May be in the past, to look back at past events.</para>
        /// </summary>
        [Parameter]
        [LocationTime]
        public DateTime? From { get; set; }

        /// <summary>
        /// <para type="description">The end of the period, as a clock time at the location. Defaults to 7 days after -From.</para>
        /// </summary>
        [Parameter]
        [LocationTime]
        public DateTime? To { get; set; }

        /// <summary>
        /// <para type="description">Lists only events run by these team members.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[]? TeamMemberId { get; set; }

        /// <summary>
        /// <para type="description">Lists only events of these services.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        public long[]? ServiceId { get; set; }

        /// <summary>
        /// <para type="description">Lists only events that take these resources (for example a hall).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        public long[]? ResourceId { get; set; }

        /// <summary>
        /// <para type="description">Lists only events with at least this many free seats.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinFreeSeats { get; set; }

        /// <summary>
        /// <para type="description">Lists only events on these days of the week, such as Monday, Wednesday (day names or DayOfWeek values).</para>
        /// </summary>
        [Parameter]
        public DayOfWeek[]? DayOfWeek { get; set; }

        /// <summary>
        /// <para type="description">Also lists soft-deleted events (IsDeleted is true). Without it they are left out.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeDeleted { get; set; }

        /// <summary>
        /// <para type="description">Side-loads titles: Staff fills TeamMemberName, Service fills ServiceTitle. Tags (Labels) and resource instances (ResourceInstances) are always loaded, because their ids come only with them, so TagTitles and ResourceInstanceTitles are always filled.</para>
        /// </summary>
        [Parameter]
        public EventInclude[]? Include { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var include = (Include ?? Array.Empty<EventInclude>()).Aggregate(EventInclude.None, (all, one) => all | one);
            if (Id is { Length: > 0 })
            {
                ForEachItem(Id, id => WriteObject(Await(Client.Events.GetAsync(companyId, id, include, Cancellation))));
                return;
            }

            var now = default(DateTime);
            if (From is null)
            {
                var clock = Await(Client.Events.LocationNowAsync(companyId, Cancellation));
                now = clock.Now;
                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "Now at location {0} is {1}, from {2}.", companyId, EventTime.Format(now), clock.Source));
            }

            var (from, to) = EventsApi.ResolveWindow(From, To, now);
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "Listing events of location {0} from {1} to {2} (location time).", companyId, EventTime.Format(from), EventTime.Format(to)));
            var query = new EventListQuery
            {
                From = from,
                To = to,
                TeamMemberIds = TeamMemberId,
                ServiceIds = ServiceId,
                ResourceIds = ResourceId,
                MinFreeSeats = MinFreeSeats,
                DaysOfWeek = DayOfWeek,
                IncludeDeleted = IncludeDeleted,
                Include = include,
            };
            WritePaged(Client.Events.List(companyId, query, CreatePagePlan()), "events");
        }
    }
}
