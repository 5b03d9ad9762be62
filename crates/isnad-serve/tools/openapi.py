# Generates ../openapi.json (run: python3 crates/isnad-serve/tools/openapi.py from the repo root). Edit here, not the JSON.
import json
S=lambda t="string",**k: dict(type=t,**k)
ns=lambda t="string": {"type":[t,"null"]}
ref=lambda n: {"$ref":"#/components/schemas/"+n}
arr=lambda x: {"type":"array","items":x}
span={"type":"array","items":S("integer",minimum=0),"minItems":2,"maxItems":2,"description":"code points [start, end) into the article text"}
def page(item):
    return {"type":"object","required":["items","total","offset","limit"],"properties":{"items":arr(ref(item)),"total":S("integer"),"offset":S("integer"),"limit":S("integer",maximum=200)}}
def p(name, desc, schema=None, where="query", required=False):
    return {"name":name,"in":where,"required":required,"description":desc,"schema":schema or S()}
paging=[p("offset","rows to skip",S("integer",minimum=0,maximum=1000000000000,default=0)),p("limit","page size; larger values are clamped to 200",S("integer",minimum=1,maximum=1000000000000,default=50))]
DATE=r"^$|^\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2[0-8]))$"
since=p("since","inclusive lower date bound YYYY-MM-DD (a real calendar day; empty = none)",S(pattern=DATE))
until=p("until","inclusive upper date bound YYYY-MM-DD (a real calendar day; empty = none)",S(pattern=DATE))
outlet=p("outlet","outlet name, exact"); party=p("party","party key (e.g. SDF, IRGC, Russia)"); place=p("place","place name or admin-1/country")
q=p("q","free-text filter (Arabic folded match)")
evf=[p("kind","proposition type"),party,place,outlet,since,until,p("q","words of the trigger, place or actors (folded match)"),p("article","events of this article id only"),p("bbox","west,south,east,north in degrees: events inside this box only (latitudes are clamped to ±90, longitudes to ±540 for a map panned across the antimeridian; each pair is put in order)",S(pattern=r"^-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?$"))]
cid=p("id","contradiction id (a positive integer)",S("integer",minimum=1,maximum=9223372036854775807),where="path",required=True)
def err(*codes):
    d={"415":"body is not Content-Type: application/json","422":"JSON of the wrong shape","400":"bad request","401":"missing or wrong bearer token","403":"ingest disabled (no --token, or the store is read-only)","404":"not found","413":"body over 2 MB","421":"the Host header does not name the address the server is bound to","500":"store failure","503":"the request ran past its time budget, or too many claim checks are running (see Retry-After)"}
    return {c:{"description":d[c],"content":{"application/json":{"schema":ref("Error")}}} for c in codes}
def ok(schema,desc="OK"):
    return {"200":{"description":desc,"content":{"application/json":{"schema":schema}}}}
def get(summary, params, schema, *errs, op):
    r=ok(schema); r.update(err(*errs, "421", "503"))
    return {"get":{"operationId":op,"summary":summary,"parameters":params,"responses":r}}
paths={
 "/api/stats":get("Corpus counts",[],ref("Stats"),"500",op="stats"),
 "/api/articles":get("Articles, newest first",[q,outlet,since,until]+paging,page("ArticleSummary"),"400","500",op="listArticles"),
 "/api/articles/{id}":get("One article: its text and full isnad/1 analysis",[p("id","article id",where="path",required=True)],ref("StoredArticle"),"400","404","500",op="getArticle"),
 "/api/statements":get("Attributed statements",[p("source","source key"),party,outlet,p("article","article id")]+paging,page("StatementRow"),"400","500",op="listStatements"),
 "/api/events":get("Events (propositions with type, place, date, parties)",evf+paging,page("EventRow"),"400","500",op="listEvents"),
 "/api/events/map":get("Every event of the filters counted by place (with its precision and Arabic name) and by day: what the map and timeline draw; total = placed + events without a place",evf,ref("EventMap"),"400","500",op="eventMap"),
 "/api/events/export":{"get":{"operationId":"exportEvents","summary":"The events of the filters as a download (ACLED's columns, PLOVER, GeoJSON points, or one event row a line)","parameters":evf+[p("format","export format",S(enum=["jsonl","acled-csv","plover-json","geojson"],default="jsonl"))],"responses":{"200":{"description":"the file (Content-Disposition: attachment)","content":{"application/x-ndjson":{"schema":S()},"text/csv":{"schema":S()},"application/json":{"schema":{"type":"array"}},"application/geo+json":{"schema":{"type":"object"}}}},**err("400","421","500","503")}}},
 "/api/contradictions/export":{"get":{"operationId":"exportContradictions","summary":"Every contradiction with its verdict, one JSON object a line","responses":{"200":{"description":"JSON lines of ContradictionRow","content":{"application/x-ndjson":{"schema":S()}}},**err("421","500","503")}}},
 "/api/contradictions/{id}":get("One contradiction (its permalink)",[cid],ref("ContradictionRow"),"400","404","500",op="getContradiction"),
 "/api/contradictions":get("Contradictions within and across articles",[place,party,outlet,since,until,p("scope","article or corpus; both when absent",S(enum=["article","corpus"]))]+paging,page("ContradictionRow"),"400","500",op="listContradictions"),
 "/api/sources":get("Sources with their track record; spellings that fold alike are one source",[q,party,outlet,p("kind","outlet (publishers in their own voice) or speaker; both when absent",S(enum=["outlet","speaker",""]))]+paging,page("SourceRow"),"400","500",op="listSources"),
 "/api/sources/{key}":get("One source: track record, statements, contradictions",[p("key","source key",where="path",required=True)],ref("SourceDetail"),"400","404","500",op="getSource"),
 "/api/search":get("Full-text search over articles",[p("q","query text",S(minLength=1,pattern=r"\S"),required=True)]+paging,page("SearchHit"),"400","500",op="search"),
 "/api/openapi.json":{"get":{"operationId":"openapi","summary":"This document","responses":{"200":{"description":"OpenAPI 3 document","content":{"application/json":{"schema":{"type":"object"}}}}}}},
}
r=ok(ref("CheckResult")); r.update(err("400","413","415","421","422","500","503"))
paths["/api/check"]={"post":{"operationId":"check","summary":"Check a claim against the corpus: who agrees, who disagrees","requestBody":{"required":True,"content":{"application/json":{"schema":{"type":"object","required":["claim"],"properties":{"claim":S(minLength=1,maxLength=4000,pattern=r"\S",description="Arabic claim text")}}}}},"responses":r}}
r=ok(ref("IngestReport")); r.update(err("400","401","403","413","421","500","503"))
paths["/api/ingest"]={"post":{"operationId":"ingest","summary":"Analyse and store articles (needs --token)","security":[{"bearer":[]}],"requestBody":{"required":True,"content":{"application/json":{"schema":{"oneOf":[{"type":"array","items":ref("Article"),"minItems":1,"maxItems":1000},{"type":"object","required":["articles"],"properties":{"articles":{"type":"array","items":ref("Article"),"minItems":1,"maxItems":1000}}},ref("Article")]}}}},"responses":r}}
r=ok(ref("ContradictionRow")); r.update(err("400","401","403","404","413","421","500","503"))
paths["/api/contradictions/{id}/verdict"]={"post":{"operationId":"setVerdict","summary":"An analyst marks a contradiction right or wrong (null clears); stored, counted in the source records (wrong ones no longer count as contradicted) and exported. Needs --token","security":[{"bearer":[]}],"parameters":[cid],"requestBody":{"required":True,"content":{"application/json":{"schema":{"type":"object","required":["verdict"],"additionalProperties":False,"properties":{"verdict":{"type":["string","null"],"enum":["right","wrong",None]},"note":{"type":["string","null"],"maxLength":2000}}}}}},"responses":r}}
side={"type":"object","properties":{"article_id":S(),"outlet":ns(),"published":ns(),"url":ns(),"statement_id":ns(),"source_text":ns(),"source_canonical":ns(),"source_party":ns(),"cue_text":ns(),"stance":ns(),"content_text":S(),"content_span":span,"source_span":{"type":["array","null"]},"cue_span":{"type":["array","null"]},"via":arr(S()),"medium":ns(),"polarity":S(),"modality":S(),"sentence":{"type":"object","description":"the quote's sentence in its article; quote: code points of the quote in text","properties":{"text":S(),"quote":span}}}}
schemas={
 "Error":{"type":"object","required":["error"],"properties":{"error":S()}},
 "Article":{"type":"object","required":["id","text"],"properties":{"id":S(minLength=1,pattern=r"\S"),"text":S(minLength=1,pattern=r"\S"),"published":{"type":["string","null"],"pattern":DATE,"description":"YYYY-MM-DD"},"outlet":ns(),"url":ns(),"title":ns()}},
 "Analysis":{"type":"object","description":"isnad/1 analysis (see SCHEMA.md)","required":["schema","doc","entities","times","quantities","statements","propositions","claims","contradictions"],"properties":{"schema":S(const="isnad/1"),"doc":{"type":"object"},"entities":arr({"type":"object"}),"times":arr({"type":"object"}),"quantities":arr({"type":"object"}),"statements":arr({"type":"object"}),"propositions":arr({"type":"object"}),"claims":arr({"type":"object"}),"contradictions":arr({"type":"object"})}},
 "StoredArticle":{"type":"object","required":["article","analysis"],"properties":{"article":ref("Article"),"analysis":ref("Analysis")}},
 "ArticleSummary":{"type":"object","properties":{"id":S(),"outlet":ns(),"published":ns(),"title":ns(),"url":ns(),"n_statements":S("integer"),"n_events":S("integer"),"n_contradictions":S("integer")}},
 "StatementRow":{"type":"object","properties":{"article_id":S(),"outlet":ns(),"published":ns(),"statement":{"type":"object","description":"isnad/1 statement"},"source_canonical":ns(),"party":ns()}},
 "EventRow":{"type":"object","properties":{"article_id":S(),"proposition_id":S(),"kind":S(),"acled_event_type":ns(),"acled_sub_event_type":ns(),"plover":ns(),"date":ns(),"place_name":ns(),"lat":ns("number"),"lon":ns("number"),"country":ns(),"admin1":ns(),"parties":arr(S()),"actors":arr(S()),"outlet":ns(),"published":ns(),"place_ar":ns(),"trigger":{"type":"object","properties":{"text":S(),"span":span}},"claims":S("integer")}},
 "ContradictionSide":side,
 "ContradictionRow":{"type":"object","properties":{"id":S("integer"),"scope":S(enum=["article","corpus"]),"kind":S(description="intra_party | inter_party | unaffiliated"),"basis":S(description="negation | incompatible | value"),"party":ns(),"explanation":S(),"date":ns(),"place_name":ns(),"proposition_type":ns(),"sides":{"type":"array","items":ref("ContradictionSide"),"minItems":2,"maxItems":2},"verdict":{"type":["string","null"],"enum":["right","wrong",None]},"verdict_note":ns(),"place_ar":ns()}},
 "MapPlace":{"type":"object","properties":{"key":ns(),"name":ns(),"name_ar":ns(),"lat":S("number"),"lon":S("number"),"country":ns(),"admin1":ns(),"precision":S(enum=["point","region","country"],description="country: only the country is known; region: a governorate, desert or countryside (extent unknown); point: a town or site"),"n":S("integer"),"kinds":{"type":"object","additionalProperties":S("integer")}}},
 "EventMap":{"type":"object","required":["total","placed","places","days","kinds"],"properties":{"total":S("integer"),"placed":S("integer"),"places":arr(ref("MapPlace")),"days":arr({"type":"object","properties":{"day":S(),"n":S("integer")}}),"kinds":{"type":"object","additionalProperties":S("integer")}}},
 "SourceRow":{"type":"object","properties":{"key":S(),"name":S(),"party":ns(),"outlets":arr(S()),"statements":S("integer"),"claims":S("integer"),"contradicted":S("integer"),"contradicted_by":arr(S()),"confirmed":S("integer"),"marked_right":S("integer"),"marked_wrong":S("integer"),"aliases":arr(S()),"grade":S(enum=["A","B","C","D","E","-"],description="A-E, or - (not enough data: fewer than 3 claims)")}},
 "SourceDetail":{"type":"object","properties":{"row":ref("SourceRow"),"statements":arr(ref("StatementRow")),"contradictions":arr(ref("ContradictionRow"))}},
 "SearchHit":{"type":"object","properties":{"article_id":S(),"outlet":ns(),"published":ns(),"title":ns(),"snippet":S(),"snippet_spans":arr(span),"spans":arr(span)}},
 "CheckGroup":{"type":"object","properties":{"outlet":ns(),"party":ns(),"stance":S(enum=["agree","disagree","discuss"]),"items":arr(ref("StatementRow"))}},
 "CheckResult":{"type":"object","properties":{"claim":ref("Analysis"),"groups":arr(ref("CheckGroup"))}},
 "IngestReport":{"type":"object","properties":{"added":S("integer"),"skipped":S("integer"),"replaced":S("integer"),"contradictions":S("integer")}},
 "Stats":{"type":"object","properties":{k:S("integer") for k in ["articles","statements","events","claims","contradictions","contradictions_cross_article","confirmations","sources"]}},
}
doc={"openapi":"3.1.0","info":{"title":"isnad","version":"0.1.0","description":"Read-only JSON API over an isnad store of analysed Arabic conflict news (articles, attributed statements, events, contradictions, sources' track records), plus claim checks, token-gated ingest and analysts' verdicts on contradictions. Unknown query parameters are refused (400). Errors are {\"error\": message}. List endpoints are paginated (limit at most 200). Spans are code points into the article text."},
 "servers":[{"url":"/"}],"paths":paths,"components":{"schemas":schemas,"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}
import os
json.dump(doc,open(os.path.join(os.path.dirname(__file__),"..","openapi.json"),"w"),indent=1,ensure_ascii=False)
