using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a group event in an Altegio location.</para>
    /// <para type="description">Creates an event for a team member and a service at a clock time of the location, with a duration and a number of seats, and writes the new event. The duration and the technical break must fall on the 5-minute grid, the break is at most an hour and lies inside the duration, and the capacity is at least 1: all of that is checked before any request. A busy team member or resource is an Altegio.Conflict error; -Force creates the event anyway. Binds piped objects by property name, so Import-Csv can build a timetable.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AltegioEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(Event))]
    public sealed class NewAltegioEventCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The team member who runs the event.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long TeamMemberId { get; set; }

        /// <summary>
        /// <para type="description">The service the event provides.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long ServiceId { get; set; }

        /// <summary>
        /// <para type="description">When the event starts, as a clock time at the location: a DateTime (its Kind is ignored), a string such as "2027-01-15 09:00", or an event's Start. An offset in a string is dropped, not converted.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [LocationTime]
        public DateTime Start { get; set; }

        /// <summary>
        /// <para type="description">How long the event lasts, technical break included: a multiple of 5 minutes, at most 24 hours. A plain number is minutes (60), and "01:30" or "1h30m" are read too.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Duration]
        public TimeSpan Duration { get; set; }

        /// <summary>
        /// <para type="description">The number of seats, at least 1.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public int Capacity { get; set; }

        /// <summary>
        /// <para type="description">The ids of the event's tags (activity tags). From CSV, "3004;3005" gives two.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TagIds")]
        [IdList]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[]? TagId { get; set; }

        /// <summary>
        /// <para type="description">The ids of the resource instances the event takes (a hall, a room, equipment). From CSV, "701;702" gives two.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ResourceInstanceIds")]
        [IdList]
        [AllowEmptyCollection]
        public long[]? ResourceInstanceId { get; set; }

        /// <summary>
        /// <para type="description">An internal comment.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Comment { get; set; }

        /// <summary>
        /// <para type="description">The event's colour in the calendar, as #rrggbb. Defaults to the API's colour.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        /// <summary>
        /// <para type="description">Instructions for the clients: what to bring, where to go.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Instructions { get; set; }

        /// <summary>
        /// <para type="description">A link to the online stream.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? StreamLink { get; set; }

        /// <summary>
        /// <para type="description">The technical break (changeover, cleaning) at the end of the event, inside -Duration: 0 to 1 hour in steps of 5 minutes. Without it the API adds the location's default break after -Duration, so the event ends later; pass 0 for no break.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Duration]
        public TimeSpan? TechnicalBreak { get; set; }

        /// <summary>
        /// <para type="description">Creates the event even when the team member or a resource is busy at that time (the API otherwise refuses with a conflict).</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var draft = new EventDraft
            {
                TeamMemberId = TeamMemberId,
                ServiceId = ServiceId,
                Start = Start,
                Duration = Duration,
                Capacity = Capacity,
                TagIds = TagId,
                ResourceInstanceIds = ResourceInstanceId,
                Comment = Text.NullIfEmpty(Comment),
                Color = Text.NullIfEmpty(Color),
                Instructions = Text.NullIfEmpty(Instructions),
                StreamLink = Text.NullIfEmpty(StreamLink),
                TechnicalBreak = TechnicalBreak,
            };
            var target = string.Format(CultureInfo.InvariantCulture, "Event of service {0} with team member {1} at {2} in location {3}",
                ServiceId, TeamMemberId, EventTime.Format(Start), companyId);
            ForItem(target, () =>
            {
                EventsApi.Validate(draft);
                if (ShouldProcess(target, "Create"))
                {
                    WriteObject(Await(Client.Events.CreateAsync(companyId, draft, Force, Cancellation)));
                }
            });
        }
    }
}
