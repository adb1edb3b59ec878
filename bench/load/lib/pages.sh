# The agent queue page (/agent/queue, PrimeFaces). It takes no URL parameters for paging, sorting
# or filters: those live in the view and change through the page's own AJAX requests. So the deep
# page is measured as the browser does it: open the page once, apply the filter, sort, then send
# the paginator's request for the wanted page again and again. Sourced by bench/load/run.

QUEUE_PATH=/agent/queue
# The queue counts up to 10,000 matches and pages through those: 400 pages of 25.
QUEUE_PAGE_LIMIT=400

urlencode() {
    jq -rn --arg v "$1" '$v | @uri'
}

# Prepares one view of the queue page in the session of $1 (cookie) with the status and category
# filter applied and the table sorted by "Updated", newest first; writes the form-encoded body of
# the paginator's request for page $2 to $3.
queue_page_prepare() {
    local cookie="$1" page="$2" body_file="$3" status="$4" category="$5"
    local html view_state nonce sort_column form
    html=$(curl -fsS --max-time 60 -H "Cookie: $cookie" -H 'Accept-Language: en' "$GD_URL$QUEUE_PATH")
    grep -q 'id="queue-form:tickets"' <<<"$html" || die "the queue page did not show its table (signed out?)"
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$html" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<<"$html" | head -1 | sed "s/.*init('\([^']*\)')/\1/")
    # the column whose header says "Updated"
    sort_column=$(grep -o '<th id="queue-form:tickets:[^"]*"[^>]*aria-label="Updated"' <<<"$html" | head -1 | sed 's/<th id="\([^"]*\)".*/\1/')
    [[ -n "$view_state" && -n "$nonce" && -n "$sort_column" ]] \
        || die "the queue page's view state, CSP nonce or 'Updated' column was not found; has the page changed?"

    # what the browser sends with every request of this form
    form="queue-form=queue-form&queue-form%3Asearch=&queue-form%3Astatus_input=$status&queue-form%3Acategory_input=$category"
    form+="&queue-form%3Aassignee_input=&queue-form%3Aage_input=&queue-form%3Atickets_rppDD=25"
    form+="&primefaces.nonce=$(urlencode "$nonce")&jakarta.faces.ViewState=$(urlencode "$view_state")"

    queue_ajax "$cookie" "jakarta.faces.partial.ajax=true&jakarta.faces.source=queue-form%3Aapply&jakarta.faces.partial.execute=queue-form&jakarta.faces.partial.render=queue-form%3Atickets+queue-form%3Alookup&queue-form%3Aapply=queue-form%3Aapply&$form" \
        "the filter"
    queue_ajax "$cookie" "jakarta.faces.partial.ajax=true&jakarta.faces.source=queue-form%3Atickets&jakarta.faces.partial.execute=queue-form%3Atickets&jakarta.faces.partial.render=queue-form%3Atickets&queue-form%3Atickets=queue-form%3Atickets&queue-form%3Atickets_sorting=true&queue-form%3Atickets_skipChildren=true&queue-form%3Atickets_encodeFeature=true&queue-form%3Atickets_sortKey=$(urlencode "$sort_column")&queue-form%3Atickets_sortDir=-1&$form" \
        "the sort"
    printf '%s\n' "jakarta.faces.partial.ajax=true&jakarta.faces.source=queue-form%3Atickets&jakarta.faces.partial.execute=queue-form%3Atickets&jakarta.faces.partial.render=queue-form%3Atickets&queue-form%3Atickets=queue-form%3Atickets&queue-form%3Atickets_pagination=true&queue-form%3Atickets_first=$(((page - 1) * 25))&queue-form%3Atickets_rows=25&queue-form%3Atickets_skipChildren=true&queue-form%3Atickets_encodeFeature=true&$form" >"$body_file"
    queue_ajax "$cookie" "$(cat "$body_file")" "page $page"
}

queue_ajax() {
    local cookie="$1" body="$2" what="$3" answer
    answer=$(curl -fsS --max-time 60 -H "Cookie: $cookie" -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
        -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' -H 'Accept-Language: en' \
        --data "$body" "$GD_URL$QUEUE_PATH")
    if ! grep -q '<update id="queue-form:tickets">' <<<"$answer" || grep -q '<redirect' <<<"$answer"; then
        die "the queue page refused $what: $(head -c 300 <<<"$answer")"
    fi
}
