namespace Altegio.MockServer.State;

/// <summary>What deleting a position that a team member still holds does.</summary>
public enum PositionInUseDelete
{
    /// <summary>204 but the position stays (the behaviour the official MCP observed).</summary>
    KeepAndNoContent,

    /// <summary>409 legacy envelope.</summary>
    Conflict,

    /// <summary>422 legacy envelope.</summary>
    Unprocessable,
}

/// <summary>Which generation of booking status fields the mock's booking answers carry.</summary>
public enum BookingFieldGeneration
{
    /// <summary>Both: <c>attendance_status_slug</c>, <c>is_paid</c> and the older <c>attendance</c>, <c>paid_full</c>, <c>deleted</c> (what the backend sends).</summary>
    Both,

    /// <summary>Only the newer <c>attendance_status_slug</c> and <c>is_paid</c>; cancelled bookings are not listed.</summary>
    Current,

    /// <summary>Only the older <c>attendance</c> (-1/0/1/2), <c>paid_full</c> (0/1/2) and <c>deleted</c>.</summary>
    Legacy,
}

/// <summary>Which of the API's documented or observed variants the mock plays, each a choice the client must cope with.</summary>
public sealed class MockSettings
{
    /// <summary>Deleting a position still assigned to a (non-deleted) team member.</summary>
    public PositionInUseDelete PositionDeleteInUse { get; set; }

    /// <summary>Emit <c>services_binding_type</c> in the older string form (none/optional/required).</summary>
    public bool ServicesBindingTypeAsString { get; set; }

    /// <summary>When set, only the older event-services path (<c>/v1/activity/{id}/services</c>) is served.</summary>
    public bool EventServicesLegacyPathOnly { get; set; }

    /// <summary>
    /// How far before the location's "now" a period start or event date may lie before it counts
    /// as past. A client that sends "now" needs some slack for the trip; 0 makes the check exact.
    /// </summary>
    public TimeSpan PastTolerance { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Event endpoints answer validation failures (422, e.g. a past period) in the JSON:API
    /// <c>errors[]</c> shape instead of the legacy envelope. Conflicts (409) always use <c>errors[]</c>.
    /// </summary>
    public bool EventErrorsAsJsonApi { get; set; }

    /// <summary>The status fields of booking answers; the appointments list returns cancelled bookings unless <see cref="BookingFieldGeneration.Current"/>.</summary>
    public BookingFieldGeneration BookingFields { get; set; }

    /// <summary>
    /// False: booking answers carry <c>client_id</c> but no <c>activity_id</c>, as the official client's bulk
    /// booking fixture does.
    /// </summary>
    public bool BookingAnswersCarryActivityId { get; set; } = true;

    /// <summary>
    /// True: a new event series answers with its occurrences queued (<c>event_created</c>, no event yet) and makes
    /// the events at the next read of the series, as the API's background generation may lag.
    /// </summary>
    public bool SeriesGenerationLags { get; set; }

    /// <summary>
    /// Whether deleting an event booking's appointment frees its seat in the event. Nothing documents it for
    /// event bookings; false models a backend that leaves the event's count as it was.
    /// </summary>
    public bool CancelFreesSeat { get; set; } = true;

    /// <summary>The <c>meta</c> of a bulk booking with no refused row: "array" <c>[]</c>, "object" <c>{}</c> or "errors" <c>{"errors":[]}</c>.</summary>
    public string BulkCleanMeta { get; set; } = "array";

    /// <summary>
    /// The shape of a duplicate answer: "observed" (type <c>activities</c>, <c>date</c> without offset,
    /// <c>records_count</c>, what the official client saw) or "resource" (type <c>activity</c>, offset date, <c>clients_count</c>).
    /// </summary>
    public string DuplicateAnswer { get; set; } = "observed";
}
