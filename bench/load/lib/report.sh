# Results: one TSV row per wrk run, medians per scenario, one table against the targets of issue #7.
# Sourced by bench/load/run.

# $1 scenario, $2 run number, $3 the WRK_RESULT line
report_add_run() {
    local scenario="$1" run="$2" line="$3"
    local requests rps p50 p90 p99 max socket bad statuses
    requests=$(wrk_field "$line" requests)
    rps=$(wrk_field "$line" rps)
    p50=$(wrk_field "$line" p50_us)
    p90=$(wrk_field "$line" p90_us)
    p99=$(wrk_field "$line" p99_us)
    max=$(wrk_field "$line" max_us)
    socket=$(($(wrk_field "$line" errors_connect) + $(wrk_field "$line" errors_read) + $(wrk_field "$line" errors_write) + $(wrk_field "$line" errors_timeout)))
    bad=$(wrk_field "$line" unexpected)
    statuses=$(grep -o 'statuses=[0-9:,]*' <<<"$line" | cut -d= -f2)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$run" "$requests" "$rps" "$p50" "$p90" "$p99" "$max" "$socket" "$bad" \
        "${statuses:-}" >>"$RESULTS_TSV"
}

wrk_field() {
    grep -o "$2=[0-9.]*" <<<"$1" | head -1 | cut -d= -f2
}

# The median of column $2 (1-based) over the runs of scenario $1.
median_of() {
    awk -F'\t' -v s="$1" -v c="$2" '$1 == s {print $c}' "$RESULTS_TSV" | sort -g \
        | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

sum_of() {
    awk -F'\t' -v s="$1" -v c="$2" '$1 == s {t += $c} END {print t + 0}' "$RESULTS_TSV"
}

ms() {
    awk -v us="$1" 'BEGIN {if (us == "") print "—"; else printf "%.1f", us / 1000}'
}

# $1 scenario id, $2 label, $3 target text, $4 minimum req/s (or -), $5 maximum p99 in ms (or -)
report_row() {
    local id="$1" label="$2" target="$3" min_rps="$4" max_p99="$5"
    if ! grep -q "^$id	" "$RESULTS_TSV" 2>/dev/null; then
        printf '| %s | %s | not run | | | | | | |\n' "$label" "$target"
        return
    fi
    local rps p50 p90 p99 requests bad socket result verdict="PASS" wrong
    rps=$(median_of "$id" 4)
    p50=$(median_of "$id" 5)
    p90=$(median_of "$id" 6)
    p99=$(median_of "$id" 7)
    requests=$(sum_of "$id" 3)
    bad=$(sum_of "$id" 10)
    socket=$(sum_of "$id" 9)
    if ((bad + socket > 0)); then
        NOTES+=("$label: $bad wrong answers and $socket socket errors in $requests requests; answers by status per run: $(awk -F'\t' -v s="$id" '$1 == s {printf "%s%s", (n++ ? "; " : ""), $11}' "$RESULTS_TSV"); the first wrong answers are in runs/$(basename "$RUN_DIR")/$id-*.txt (WRK_WRONG_ANSWER).")
    fi
    if ((requests == 0)); then
        printf '| %s | %s | no request finished within a run | | | | | 0 / 0 | INVALID |\n' "$label" "$target"
        return
    fi
    # the figure the target speaks of
    result=$(awk -v r="$rps" -v p="$p99" -v a="$min_rps" -v b="$max_p99" 'BEGIN {
        if (a != "-" && b != "-") printf "%.0f req/s, p99 %.1f ms", r, p / 1000
        else if (a != "-") printf "%.0f req/s", r
        else printf "p99 %.1f ms", p / 1000 }')
    if [[ "$min_rps" != - ]] && awk -v a="$rps" -v b="$min_rps" 'BEGIN {exit !(a < b)}'; then verdict="FAIL"; fi
    if [[ "$max_p99" != - ]] && awk -v a="$p99" -v b="$max_p99" 'BEGIN {exit !(a / 1000 > b)}'; then verdict="FAIL"; fi
    # more than 1 % wrong answers: the figures do not describe the work asked for
    if awk -v b="$((bad + socket))" -v r="$requests" 'BEGIN {exit !(b * 100 > r)}'; then verdict="INVALID"; fi
    wrong="$bad / $requests"
    if ((socket > 0)); then
        wrong+=", $socket socket errors"
    fi
    printf '| %s | %s | **%s** | %.0f | %s | %s | %s | %s | %s |\n' "$label" "$target" "$result" "$rps" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" \
        "$wrong" "$verdict"
}

# A row for a figure that is reported, not measured by wrk.
report_figure() {
    printf '| %s | reported | **%s** | | | | | | |\n' "$1" "$2"
}

report_write() {
    {
        echo "## Load benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo
        echo "$TICKETS tickets ($MESSAGES messages), $ACCOUNTS customer accounts; wrk $THREADS threads, $CONNECTIONS connections," \
            "$DURATION per run after a $WARMUP warm-up, median of $REPEATS runs. Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
            "$(nproc) cores, load average before the runs: $LOAD_BEFORE."
        echo
        echo "| scenario | target | result | req/s | p50 ms | p90 ms | p99 ms | wrong answers / sent | verdict |"
        echo "|---|---|---|---|---|---|---|---|---|"
        report_row submit "1. public form \`POST /api/tickets\` (card number masked)" "≥ 1,000 req/s" 1000 -
        report_row queue-api-first "2. queue API, first page ($QUEUE_FILTER_TEXT)" "p99 ≤ 50 ms" - 50
        report_row queue-api-deep "2. queue API, page $QUEUE_DEEP_PAGE ($QUEUE_FILTER_TEXT)" "p99 ≤ 50 ms" - 50
        report_row queue-page-first "2. queue page \`GET /agent/queue\` (first page, default view)" "p99 ≤ 50 ms" - 50
        report_row queue-page-deep "2. queue page, AJAX page $QUEUE_PAGE_DEEP ($QUEUE_FILTER_TEXT)" "p99 ≤ 50 ms" - 50
        report_row lookup "3. ticket by reference \`GET /api/tickets/{ref}\`" "p99 ≤ 50 ms" - 50
        report_row search "3. search \`GET /api/tickets?q=\` (words of the generated text)" "p99 ≤ 50 ms" - 50
        report_row reply "4. reply \`POST /api/tickets/{ref}/replies\` (verified requesters)" "≥ 200 req/s, p99 ≤ 100 ms" 200 100
        report_figure "5. startup: launch to the first answered request (GET /health)" \
            "$(awk -v m="$STARTUP_MS" 'BEGIN {printf "%.1f s", m / 1000}') (the guard's index: $GUARD_BUILD)"
        report_figure "5. resident memory of the Java process after the runs" \
            "$(awk -v k="$RSS_KB" -v i="$RSS_IDLE_KB" 'BEGIN {printf "%.0f MB (%.0f MB idle after start)", k / 1024, i / 1024}')"
        if [[ -n "${GENERATION_S:-}" ]]; then
            report_figure "data generation (this run)" "$GENERATION_S s"
        fi
        echo
        if ((${#NOTES[@]})); then
            echo "Notes:"
            for note in "${NOTES[@]}"; do
                echo "- $note"
            done
            echo
        fi
        echo "Every run: \`runs/$(basename "$RUN_DIR")/results.tsv\` (scenario, run, requests, req/s, p50/p90/p99/max µs, socket errors," \
            "wrong answers, answers by status); wrk's own output, the inputs and Guarddesk's log beside it."
    } >"$RESULTS_MD"
}
