#!/usr/bin/env python3
"""Writes the malformed input corpus of issue 7 into tests/data/malformed/.

    tools/make_malformed.py [--shared DIR] [--out DIR]

Every file is a hand-made bad FHIR intake bundle (bundles/) or policy file
(policies/), made by one deliberate change to a good one: the examples of
../shared/spec/examples/ and the built-in policy resources/policies/cigna-ip0355.json.
Each must be refused, and the refusal must say where the problem is.

manifest.tsv lists every file with the substring its refusal message must
contain and what is wrong with it; tests/tst_malformed.cpp reads it, so its
rows are named after the files. The output is deterministic: running the
script again gives the same bytes. The 400 MB bundle and the oversized policy
file are not here: the test makes them in a temporary folder.
"""

import argparse
import copy
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

cases = []  # (relative path, bytes, expected substring, what)


def add(kind, name, data, expected, what):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = f"{kind}/{name}"
    assert all(c[0] != path for c in cases), f"duplicate case {path}"
    assert "\t" not in expected and "\n" not in expected and "\t" not in what
    cases.append((path, data, expected, what))


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def sub(text, old, new, count=1):
    """Replaces the first `count` occurrences of `old`, which must be there."""
    if isinstance(text, bytes):
        assert text.count(old) >= count, f"{old!r} occurs {text.count(old)} times"
    else:
        assert text.count(old) >= count, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new, count)


def line_col(text, needle, occurrence=1):
    """1-based line and byte column of the n-th occurrence of `needle`."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    needle = needle.encode("utf-8") if isinstance(needle, str) else needle
    at = -1
    for _ in range(occurrence):
        at = data.index(needle, at + 1)
    line = data.count(b"\n", 0, at) + 1
    column = at - (data.rfind(b"\n", 0, at) + 1) + 1
    return line, column


# ---------------------------------------------------------------------------
# Bundles
# ---------------------------------------------------------------------------


def bundle_cases(shared):
    def load(name):
        with open(os.path.join(shared, "spec", "examples", name), encoding="utf-8") as f:
            return json.load(f)

    # hg-01: 0 Patient, 1 Organization, 2 Practitioner, 3 PractitionerRole,
    # 4 Coverage, 5 Condition, 6 MedicationRequest (Hemgenix), 7 Observation
    # (weight), 8-19 Observations, 20 QuestionnaireResponse, 21 DocumentReference.
    hg = load("hg-01-complete.json")
    # sf-01: 0 Patient, 1 Practitioner, 2 PractitionerRole, 3 Coverage,
    # 4 Condition, 5 MedicationRequest (Sevenfact, dose/timing/dispense),
    # 6 Observation (weight), 7 Observation (FVIII inhibitor),
    # 8 QuestionnaireResponse, 9 DocumentReference.
    sf = load("sf-01-hemA-inhibitor-12bu.json")
    hg_text = dump(hg)
    sf_text = dump(sf)

    def B(name, data, expected, what):
        add("bundles", name + ".json", data, expected, what)

    def M(base, name, change, expected, what):
        b = copy.deepcopy(base)
        change(b)
        B(name, dump(b), expected, what)

    def res(b, i):
        return b["entry"][i]["resource"]

    def setp(obj, path, value):
        for k in path[:-1]:
            obj = obj[k]
        obj[path[-1]] = value

    def delp(obj, path):
        for k in path[:-1]:
            obj = obj[k]
        del obj[path[-1]]

    # ---- truncated and not JSON --------------------------------------------
    B("truncated-empty-file", "", "not valid JSON: line 1, column 1: unexpected end of input",
      "an empty file")
    B("truncated-whitespace-only", "  \n\t\n", "not valid JSON: line 3, column 1: unexpected end of input",
      "only white space")
    half = hg_text[: len(hg_text) // 2]
    B("truncated-half", half, "unexpected end of input", "the first half of a good bundle")
    cut = hg_text.index('"Regional Hemophilia') + 10
    B("truncated-in-string", hg_text[:cut], "unterminated string starting at line",
      "cut inside a string value")
    cut = hg_text.index('"birthDate"') + len('"birthDate"')
    B("truncated-after-key", hg_text[:cut], "entry[0] birthDate: not valid JSON",
      "cut right after a key")
    cut = hg_text.index("78.4") + 3
    B("truncated-in-number", hg_text[:cut], "incomplete number '78.'", "cut inside a number")
    cut = hg_text.index('"valueBoolean": true') + len('"valueBoolean": tr')
    B("truncated-in-literal", hg_text[:cut], "incomplete literal 'tr'", "cut inside true")
    B("truncated-before-last-brace", hg_text.rstrip()[:-1], "unterminated object starting at line 1, column 1",
      "the closing brace of the bundle is missing")
    B("syntax-trailing-comma-array", sub(sf_text, '"Iris"\n', '"Iris",\n'),
      "entry[1] name[0].given[1]: not valid JSON", "a comma after the last array element")
    B("syntax-trailing-comma-object", sub(sf_text, '"code": "kg"\n', '"code": "kg",\n'),
      "trailing comma before '}' is not allowed", "a comma after the last member")
    B("syntax-missing-comma", sub(sf_text, '"status": "final",', '"status": "final"'),
      "entry[6] status: not valid JSON", "two members without a comma between them")
    B("syntax-single-quotes", sub(sf_text, '"gender": "male"', "'gender': 'male'"),
      "expected a string key but found \"'\"", "single-quoted key and value")
    B("syntax-comment", sub(sf_text, '"entry": [', '"entry": [ // the entries\n'),
      "expected a value but found '/'", "a // comment")
    B("syntax-two-documents", sf_text + sf_text, "expected the end of input after the JSON value",
      "two bundles in one file")
    B("syntax-nan", sub(sf_text, '"value": 70.0', '"value": NaN'),
      "entry[6] valueQuantity.value: not valid JSON", "NaN as a weight")
    B("syntax-infinity", sub(sf_text, '"value": 70.0', '"value": Infinity'),
      "expected a value but found 'Infinity'", "Infinity as a weight")
    B("syntax-leading-zero", sub(sf_text, '"value": 70.0', '"value": 070.0'),
      "the number '070' has a leading zero", "a number with a leading zero")
    B("syntax-hex-number", sub(sf_text, '"value": 70.0', '"value": 0x46'),
      "entry[6] valueQuantity.value: not valid JSON", "a hexadecimal number")
    B("syntax-plus-sign", sub(sf_text, '"value": 70.0', '"value": +70.0'),
      "expected a value but found '+'", "a number with a plus sign")
    B("syntax-raw-tab-in-string", sub(sf_text, '"Hale"', '"Ha\tle"'),
      "unescaped control character U+0009", "a raw tab inside a string")
    B("syntax-raw-newline-in-string", sub(sf_text, '"Hale"', '"Ha\nle"'),
      "unescaped control character U+000A", "a raw line break inside a string")
    B("syntax-invalid-escape", sub(sf_text, '"Hale"', '"Ha\\xle"'),
      "invalid escape: a backslash followed by 'xle'", "\\x is not a JSON escape")
    B("syntax-lone-surrogate", sub(sf_text, '"Hale"', '"Ha\\ud800le"'), "lone surrogate \\uD800",
      "a UTF-16 high surrogate without its low half")
    B("syntax-low-surrogate-first", sub(sf_text, '"Hale"', '"Ha\\udc00le"'), "lone surrogate \\uDC00",
      "a UTF-16 low surrogate on its own")
    B("syntax-short-unicode-escape", sub(sf_text, '"Hale"', '"Ha\\u12G4"'),
      "\\u must be followed by four hex digits", "\\u with a non-hex digit")
    B("syntax-nul-byte", sub(sf_text, '"entry": [', '"entry": [\x00'),
      "control character U+0000", "a NUL byte between values")

    # ---- invalid UTF-8 -----------------------------------------------------
    raw = sf_text.encode("utf-8")
    B("utf8-ff-byte", sub(raw, b'"Hale"', b'"Ha\xffle"'), "invalid UTF-8 byte 0xFF (never valid in UTF-8)",
      "byte 0xFF in a name")
    B("utf8-overlong-slash", sub(raw, b'"Hale"', b'"Ha\xc0\xafle"'), "invalid UTF-8 byte 0xC0 (an overlong encoding)",
      "overlong encoding of '/'")
    B("utf8-overlong-three-byte", sub(raw, b'"Hale"', b'"Ha\xe0\x80\xafle"'), "invalid UTF-8 byte 0xE0 (an overlong encoding)",
      "three-byte overlong encoding")
    B("utf8-encoded-surrogate", sub(raw, b'"Hale"', b'"Ha\xed\xa0\x80le"'), "encodes a UTF-16 surrogate",
      "CESU-8 style surrogate bytes")
    B("utf8-beyond-10ffff", sub(raw, b'"Hale"', b'"Ha\xf4\x90\x80\x80le"'), "encodes a code point beyond U+10FFFF",
      "a code point above U+10FFFF")
    B("utf8-lone-continuation", sub(raw, b'"Hale"', b'"Ha\x80le"'), "a continuation byte without a lead byte",
      "a continuation byte on its own")
    B("utf8-cut-at-end", raw.rstrip() + b"\xe2\x82", "sequence cut short by the end of input",
      "a three-byte character cut by the end of the file")
    B("utf8-latin1-name", sub(raw, b'"Hale"', "\"Hal\u00e9\"".encode("latin-1")), "invalid UTF-8 byte 0xE9 (sequence cut short by byte 0x22)",
      "a Latin-1 accented letter")
    B("utf8-utf16-file", b"\xff\xfe" + sf_text.encode("utf-16-le"), "invalid UTF-8 byte 0xFF",
      "the whole bundle in UTF-16 with its byte order mark")
    B("utf8-in-key", sub(raw, b'"family"', b'"fam\xc3ily"'), "invalid UTF-8 byte 0xC3 (sequence cut short by byte 0x69)",
      "invalid UTF-8 inside a key")

    # ---- huge numbers ------------------------------------------------------
    B("huge-number-1e400", sub(sf_text, '"value": 70.0', '"value": 1e400'),
      "number 1e400 is too large for a double", "a weight beyond a double")
    B("huge-number-tiny", sub(sf_text, '"value": 70.0', '"value": 1e-400'),
      "number 1e-400 is too small for a double", "a weight that would become 0")
    B("huge-number-2pow53-plus-1", sub(sf_text, '"value": 189000', '"value": 9007199254740993'),
      "number 9007199254740993 is too large to hold exactly", "an integer a double cannot hold")
    B("huge-number-many-digits", sub(sf_text, '"value": 70.0', '"value": 70.000000000000000000001'),
      "has more significant digits than can be held exactly", "22 significant digits")
    B("huge-number-400-digits", sub(sf_text, '"value": 189000', '"value": ' + "9" * 400),
      "is too large for a double", "a 400-digit integer")
    M(hg, "huge-exposure-days", lambda b: setp(res(b, 20), ["item", 3, "answer", 0, "valueInteger"], 3000000000),
      "entry[20] (QuestionnaireResponse) item[3].answer[0].valueInteger: \"exposure-days\" is 3000000000, beyond a FHIR integer",
      "an integer answer beyond 2^31")
    M(sf, "huge-weight-1e15", lambda b: setp(res(b, 6), ["valueQuantity", "value"], 1e15),
      "entry[6] (Observation) valueQuantity: body weight 1e+15 kg", "a body weight of 10^15 kg")
    M(sf, "huge-weight-grams-as-kg", lambda b: setp(res(b, 6), ["valueQuantity", "value"], 70000),
      "is not plausible; check the unit", "70000 kg: grams sent as kilograms")
    M(sf, "huge-inhibitor-titer", lambda b: setp(res(b, 7), ["valueQuantity", "value"], 5e9),
      "entry[7] (Observation) valueQuantity: factor VIII inhibitor titer 5000000000", "an impossible inhibitor titer")

    # ---- deep nesting ------------------------------------------------------
    B("deep-nesting-101-arrays", sub(sf_text, '"status": "final",', '"status": "final", "extension": ' + "[" * 101 + "]" * 101 + ","),
      "nesting deeper than 100 levels", "101 nested arrays inside an Observation")
    B("deep-nesting-10000-objects", '{"resourceType": "Bundle", "type": "collection", "entry": [' + '{"a":' * 10000 + "1" + "}" * 10000 + "]}",
      "nesting deeper than 100 levels", "10000 nested objects")
    B("deep-nesting-100000-arrays", "[" * 100000 + "]" * 100000, "nesting deeper than 100 levels",
      "100000 nested arrays at the root")
    B("deep-nesting-unclosed", "[" * 50000, "nesting deeper than 100 levels", "50000 opening brackets and nothing else")
    item = {"linkId": "leaf", "answer": [{"valueBoolean": True}]}
    for _ in range(60):
        item = {"linkId": "group", "item": [item]}
    M(hg, "deep-nesting-questionnaire", lambda b: res(b, 20)["item"].append(item),
      "nesting deeper than 100 levels", "QuestionnaireResponse items nested 60 groups deep")

    # ---- wrong types ---------------------------------------------------------
    B("type-root-array", "[" + sf_text + "]", "line 1, column 1: not a FHIR Bundle: the document is a JSON array",
      "the bundle wrapped in an array")
    B("type-root-string", '"Bundle"', "not a FHIR Bundle: the document is a JSON string", "a JSON string")
    B("type-root-null", "null", "not a FHIR Bundle: the document is a JSON null", "JSON null")
    M(sf, "type-root-is-patient", lambda b: b.update(resourceType="Patient"),
      "not a FHIR Bundle: resourceType is \"Patient\"", "a Patient instead of a Bundle")
    M(sf, "type-no-resourcetype", lambda b: b.pop("resourceType"),
      "line 1, column 1: not a FHIR resource: resourceType is missing", "no resourceType at all")
    M(sf, "type-resourcetype-number", lambda b: b.update(resourceType=1),
      "not a FHIR resource: resourceType is missing", "resourceType is a number")
    M(sf, "type-bundle-type-missing", lambda b: b.pop("type"),
      "Bundle.type is missing or not a string", "Bundle.type is missing")
    M(sf, "type-bundle-type-history", lambda b: b.update(type="history"),
      "Bundle.type \"history\" is not one of collection, transaction, searchset, document", "a history bundle")
    M(sf, "type-bundle-type-boolean", lambda b: b.update(type=True),
      "Bundle.type is missing or not a string", "Bundle.type is a boolean")
    M(sf, "type-entry-object", lambda b: b.update(entry={"resource": res(b, 0)}),
      "Bundle.entry is not an array", "entry is an object, not an array")
    M(sf, "type-entry-item-string", lambda b: b["entry"].insert(3, "urn:uuid:nothing"),
      "entry[3] is not an object", "a string in the entry list")
    M(sf, "type-entry-no-resource", lambda b: b["entry"][2].pop("resource"),
      "entry[2] has no resource", "an entry without its resource")
    M(sf, "type-resource-array", lambda b: b["entry"][2].update(resource=[res(b, 2)]),
      "entry[2].resource is not an object", "a resource wrapped in an array")
    M(sf, "type-resource-no-resourcetype", lambda b: res(b, 4).pop("resourceType"),
      "entry[4].resource has no resourceType", "a resource without resourceType")
    M(sf, "type-resourcetype-empty", lambda b: res(b, 4).update(resourceType=""),
      "entry[4].resource has no resourceType", "an empty resourceType")
    M(sf, "type-fullurl-number", lambda b: b["entry"][1].update(fullUrl=42),
      "entry[1].fullUrl is not a string", "fullUrl is a number")
    M(sf, "type-id-number", lambda b: res(b, 0).update(id=12345),
      "entry[0] (Patient) id is not a string", "a resource id that is a number")
    M(sf, "type-boolean-gender", lambda b: res(b, 0).update(gender=True) or res(b, 0).pop("extension"),
      "entry[0] (Patient) gender: expected a string, found boolean", "a boolean where the gender string belongs")
    M(sf, "type-boolean-birthdate", lambda b: res(b, 0).update(birthDate=False),
      "entry[0] (Patient) birthDate: expected a string, found boolean", "a boolean where the birth date belongs")
    M(sf, "type-number-birthdate", lambda b: res(b, 0).update(birthDate=19900514),
      "entry[0] (Patient) birthDate: expected a string, found number", "the birth date as a number")
    M(sf, "type-boolean-member-id", lambda b: setp(res(b, 0), ["identifier", 0, "value"], True),
      "entry[0] (Patient) identifier[0].value: expected a string, found boolean", "a boolean member id")
    M(sf, "type-name-object", lambda b: res(b, 0).update(name={"family": "Doe"}),
      "entry[0] (Patient) name: expected an array, found object", "Patient.name is an object")
    M(sf, "type-identifier-string", lambda b: res(b, 0).update(identifier="M17065445"),
      "entry[0] (Patient) identifier: expected an array, found string", "Patient.identifier is a string")
    M(sf, "type-weight-string", lambda b: setp(res(b, 6), ["valueQuantity", "value"], "70.0"),
      "entry[6] (Observation) valueQuantity.value: expected a number, found string", "the weight as a string")
    M(sf, "type-weight-null", lambda b: setp(res(b, 6), ["valueQuantity", "value"], None),
      "entry[6] (Observation) valueQuantity.value: expected a number, found null", "the weight is null")
    M(sf, "type-weight-missing-value", lambda b: delp(res(b, 6), ["valueQuantity", "value"]),
      "entry[6] (Observation) valueQuantity.value: is missing", "a weight quantity without a value")
    M(sf, "type-valuequantity-array", lambda b: res(b, 6).update(valueQuantity=[res(b, 6)["valueQuantity"]]),
      "entry[6] (Observation) valueQuantity: expected an object, found array", "valueQuantity is an array")
    M(sf, "type-coding-object", lambda b: setp(res(b, 3), ["type", "coding"], res(b, 3)["type"]["coding"][0]),
      "entry[3] (Coverage) type.coding: expected an array, found object", "coding is an object, not an array")
    M(sf, "type-coding-code-number", lambda b: setp(res(b, 4), ["code", "coding", 0, "code"], 66),
      "entry[4] (Condition) code.coding[0].code: expected a string, found number", "an ICD-10 code as a number")
    M(sf, "type-answer-boolean-as-string", lambda b: setp(res(b, 8), ["item", 2, "answer", 0], {"valueBoolean": "yes"}),
      "entry[8] (QuestionnaireResponse) item[2].answer[0]: \"inhibitor-history\" needs a valueBoolean", "\"yes\" where a boolean belongs")
    M(hg, "type-answer-integer-fraction", lambda b: setp(res(b, 20), ["item", 3, "answer", 0, "valueInteger"], 220.5),
      "entry[20] (QuestionnaireResponse) item[3].answer[0]: \"exposure-days\" needs a valueInteger (a whole number)", "a fraction where an integer belongs")
    M(hg, "type-answer-integer-string", lambda b: setp(res(b, 20), ["item", 3, "answer", 0], {"valueString": "220"}),
      "\"exposure-days\" needs a valueInteger", "an integer answer sent as a string")
    M(sf, "type-items-object", lambda b: res(b, 8).update(item=res(b, 8)["item"][0]),
      "entry[8] (QuestionnaireResponse) item: expected an array, found object", "QuestionnaireResponse.item is an object")
    M(sf, "type-attachment-data-number", lambda b: setp(res(b, 9), ["content", 0, "attachment", "data"], 12345),
      "entry[9] (DocumentReference) content[0].attachment.data: expected a string, found number", "attachment data is a number")
    M(sf, "type-attachment-not-base64", lambda b: setp(res(b, 9), ["content", 0, "attachment", "data"], "not base64 at all!"),
      "entry[9] (DocumentReference) content[0].attachment.data: is not valid base64", "attachment data that is not base64")
    M(sf, "type-medication-text-number", lambda b: setp(res(b, 5), ["medicationCodeableConcept", "text"], 7212),
      "entry[5] (MedicationRequest) medicationCodeableConcept.text: expected a string, found number", "the drug name as a number")
    M(sf, "type-medication-concept-string", lambda b: res(b, 5).update(medicationCodeableConcept="Sevenfact"),
      "entry[5] (MedicationRequest) medicationCodeableConcept: expected an object, found string", "the drug as a bare string")
    M(sf, "type-dosage-object", lambda b: res(b, 5).update(dosageInstruction=res(b, 5)["dosageInstruction"][0]),
      "entry[5] (MedicationRequest) dosageInstruction: expected an array, found object", "dosageInstruction is an object")
    M(sf, "type-priority-boolean", lambda b: res(b, 5).update(priority=True),
      "entry[5] (MedicationRequest) priority: expected a string, found boolean", "priority is a boolean")
    M(sf, "type-npi-nine-digits", lambda b: setp(res(b, 1), ["identifier", 0, "value"], "123456789"),
      "entry[1] (Practitioner) identifier[0].value: NPI \"123456789\" is not 10 digits", "a nine-digit NPI")
    M(sf, "type-npi-number", lambda b: setp(res(b, 1), ["identifier", 0, "value"], 1234567893),
      "entry[1] (Practitioner) identifier[0].value: expected a string, found number", "the NPI as a number")
    M(sf, "type-timestamp-number", lambda b: b.update(timestamp=20261121),
      "Bundle.timestamp is not a string", "Bundle.timestamp is a number")

    # ---- duplicates ------------------------------------------------------------
    B("duplicate-key-value", sub(sf_text, '"value": 70.0,', '"value": 70.0,\n      "value": 7.0,'),
      "duplicate key \"value\" (first at line", "a quantity with two values")
    B("duplicate-key-resourcetype", sub(sf_text, '"resourceType": "Bundle",', '"resourceType": "Bundle",\n "resourceType": "Patient",'),
      "line 3, column 2: duplicate key \"resourceType\" (first at line 2)", "two resourceType keys at the root")
    B("duplicate-key-entry", sub(sf_text, '"entry": [', '"entry": [],\n "entry": ['),
      "duplicate key \"entry\"", "two entry lists")
    many = ", ".join(f'"k{i}": {i}' for i in range(40))
    B("duplicate-key-large-object", sub(sf_text, '"status": "final",', '"status": "final", "extra": {' + many + ', "k7": 0},'),
      "duplicate key \"k7\"", "a duplicate among 41 keys (the hashed lookup)")
    # Found by fuzz_fhir_import: the message quoted the first 40 UTF-16 units
    # of the key and cut the emoji's surrogate pair in half.
    emoji_key = "x" * 39 + "\U0001F600" + "y"
    text = sub(sf_text, '"status": "final",', f'"{emoji_key}": 1, "{emoji_key}": 2, "status": "final",')
    line, col = line_col(text, f'"{emoji_key}": 2')
    B("duplicate-key-split-surrogate", text,
      f"entry[6] {emoji_key}: not valid JSON: line {line}, column {col}: duplicate key \"" + "x" * 39 + f"...\" (first at line {line})",
      "a duplicate key whose 40th character is an emoji")
    M(sf, "duplicate-fullurl", lambda b: b["entry"][4].update(fullUrl=b["entry"][3]["fullUrl"]),
      "entry[4].fullUrl \"" + sf["entry"][3]["fullUrl"] + "\" duplicates entry[3]", "two entries with one fullUrl")
    def dup_patient_id(b):
        p = copy.deepcopy(b["entry"][0])
        p["fullUrl"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
        b["entry"].append(p)
    M(sf, "duplicate-patient-id", dup_patient_id,
      "entry[10] (Patient) id \"sf-01-hemA-inhibitor-12bu-pat\" duplicates entry[0]", "two Patients with the same id")
    def second_patient(b):
        p = copy.deepcopy(b["entry"][0])
        p["fullUrl"] = "urn:uuid:00000000-0000-4000-8000-000000000002"
        p["resource"]["id"] = "someone-else"
        b["entry"].append(p)
    M(sf, "duplicate-second-patient", second_patient,
      "entry[10] (Patient) resourceType: a second Patient (the first is entry[0])", "a second, different Patient")
    def second_request(b):
        r = copy.deepcopy(b["entry"][5])
        r["fullUrl"] = "urn:uuid:00000000-0000-4000-8000-000000000003"
        b["entry"].append(r)
    M(sf, "duplicate-medication-request", second_request,
      "entry[10] (MedicationRequest) medicationCodeableConcept: a second request for a reviewed drug (the first is entry[5])",
      "two requests for the reviewed drug")
    def two_lob(b):
        res(b, 3)["type"]["coding"].append({"system": "urn:pareview:line-of-business", "code": "medicaid"})
    M(sf, "duplicate-line-of-business", two_lob,
      "entry[3] (Coverage) type.coding: line of business \"medicaid\" conflicts with \"commercial\"", "two lines of business")

    # ---- dangling references ---------------------------------------------------------
    dangling = "urn:uuid:deadbeef-0000-4000-8000-000000000000"
    M(sf, "dangling-subject", lambda b: setp(res(b, 6), ["subject", "reference"], dangling),
      f"entry[6] (Observation) subject.reference: reference \"{dangling}\" does not resolve to any entry of the bundle",
      "an Observation about a patient not in the bundle")
    M(sf, "dangling-requester", lambda b: setp(res(b, 5), ["requester", "reference"], dangling),
      "entry[5] (MedicationRequest) requester.reference: reference", "a requester not in the bundle")
    M(sf, "dangling-reason-reference", lambda b: setp(res(b, 5), ["reasonReference", 0, "reference"], dangling),
      "entry[5] (MedicationRequest) reasonReference[0].reference: reference", "a reasonReference to a missing Condition")
    M(sf, "dangling-role-practitioner", lambda b: setp(res(b, 2), ["practitioner", "reference"], dangling),
      "entry[2] (PractitionerRole) practitioner.reference: reference", "a PractitionerRole whose practitioner is missing")
    M(sf, "dangling-coverage-beneficiary", lambda b: setp(res(b, 3), ["beneficiary", "reference"], "urn:uuid:"),
      "entry[3] (Coverage) beneficiary.reference: reference \"urn:uuid:\" does not resolve", "an empty urn:uuid reference")
    M(sf, "dangling-nested-extension", lambda b: res(b, 4).update(extension=[{"url": "x", "valueReference": {"reference": dangling}}]),
      "entry[4] (Condition) extension[0].valueReference.reference: reference", "a dangling reference deep inside an extension")

    # ---- impossible dates ---------------------------------------------------------------
    M(sf, "date-february-30", lambda b: res(b, 0).update(birthDate="1990-02-30"),
      "entry[0] (Patient) birthDate: \"1990-02-30\" is not a valid date", "February 30")
    M(sf, "date-month-13", lambda b: res(b, 0).update(birthDate="1990-13-01"),
      "entry[0] (Patient) birthDate: \"1990-13-01\" is not a valid date", "month 13")
    M(sf, "date-day-00", lambda b: res(b, 0).update(birthDate="1990-05-00"),
      "\"1990-05-00\" is not a valid date", "day 0")
    M(sf, "date-not-leap-year", lambda b: res(b, 8).update(authored="2026-02-29"),
      "entry[8] (QuestionnaireResponse) authored: \"2026-02-29\" is not a valid date", "February 29 of a common year")
    M(sf, "date-birth-in-future", lambda b: res(b, 0).update(birthDate="2030-01-01"),
      "entry[0] (Patient) birthDate: birth date 2030-01-01 is in the future (request date 2026-11-21)", "born after the request")
    M(sf, "date-year-1700", lambda b: res(b, 0).update(birthDate="1700-01-01"),
      "\"1700-01-01\" is not a valid date", "born in 1700")
    M(sf, "date-empty-string", lambda b: res(b, 0).update(birthDate=""),
      "entry[0] (Patient) birthDate: \"\" is not a valid date", "an empty birth date")
    M(sf, "date-us-format", lambda b: res(b, 5).update(authoredOn="11/20/2026"),
      "entry[5] (MedicationRequest) authoredOn: \"11/20/2026\" is not a valid date", "a US-style date")
    M(sf, "date-hour-25", lambda b: res(b, 6).update(effectiveDateTime="2026-11-12T25:00:00Z"),
      "entry[6] (Observation) effectiveDateTime: \"2026-11-12T25:00:00Z\" is not a valid date", "hour 25")
    M(sf, "date-minute-61", lambda b: res(b, 6).update(effectiveDateTime="2026-11-12T10:61:00Z"),
      "\"2026-11-12T10:61:00Z\" is not a valid date", "minute 61")
    M(sf, "date-bad-offset", lambda b: res(b, 6).update(effectiveDateTime="2026-11-12T10:00:00+5"),
      "\"2026-11-12T10:00:00+5\" is not a valid date", "a time zone offset without minutes")
    M(sf, "date-timestamp-november-31", lambda b: b.update(timestamp="2026-11-31T09:30:00Z"),
      "Bundle.timestamp \"2026-11-31T09:30:00Z\" is not a valid instant", "November 31 as the received time")
    M(sf, "date-observation-after-request", lambda b: res(b, 7).update(effectiveDateTime="2027-01-01"),
      "entry[7] (Observation) effective: factor VIII inhibitor titer dated 2027-01-01 is after the request (2026-11-21)",
      "a lab result from the future")
    M(sf, "date-period-end-invalid", lambda b: res(b, 6).pop("effectiveDateTime") and res(b, 6).update(effectivePeriod={"start": "2026-11-01", "end": "2026-11-99"}),
      "entry[6] (Observation) effectivePeriod.end: \"2026-11-99\" is not a valid date", "an effectivePeriod ending on day 99")

    # ---- wrong units -----------------------------------------------------------------------
    def weight_unit(unit, code=True):
        def change(b):
            q = res(b, 6)["valueQuantity"]
            q["unit"] = unit
            if code:
                q["code"] = unit
            else:
                q.pop("code")
                q.pop("system")
        return change
    M(sf, "unit-weight-stone", weight_unit("[stone_av]"),
      "entry[6] (Observation) valueQuantity.code: unit \"[stone_av]\" for body weight cannot be converted to kg", "weight in stones")
    M(sf, "unit-weight-bmi", weight_unit("kg/m2"),
      "unit \"kg/m2\" for body weight cannot be converted to kg", "a BMI unit on a weight")
    def no_unit(b):
        q = res(b, 6)["valueQuantity"]
        for k in ("unit", "code", "system"):
            q.pop(k)
    M(sf, "unit-weight-missing", no_unit,
      "entry[6] (Observation) valueQuantity.code: body weight 70 has no unit; the unit is never guessed", "a weight without a unit")
    M(sf, "unit-inhibitor-mg", lambda b: res(b, 7)["valueQuantity"].update(unit="mg", code="mg"),
      "entry[7] (Observation) valueQuantity.code: unit \"mg\" for factor VIII inhibitor titer cannot be converted to BU/mL", "an inhibitor titer in mg")
    M(hg, "unit-alt-mmol", lambda b: res(b, 10)["valueQuantity"].update(unit="mmol/L", code="mmol/L"),
      "entry[10] (Observation) valueQuantity.code: unit \"mmol/L\" for ALT cannot be converted to U/L", "ALT in mmol/L")
    M(hg, "unit-alt-range-mmol", lambda b: res(b, 10)["referenceRange"][0]["high"].update(unit="mmol/L", code="mmol/L"),
      "entry[10] (Observation) referenceRange[0].high.code: unit \"mmol/L\" for the upper limit of ALT cannot be converted", "the ALT upper limit in another unit")
    M(sf, "unit-dose-iu-per-kg", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "doseAndRate", 0, "doseQuantity"], {"value": 90, "unit": "IU/kg", "system": "http://unitsofmeasure.org", "code": "IU/kg"}),
      "entry[5] (MedicationRequest) dosageInstruction[0].doseAndRate[0].doseQuantity.code: dose unit \"IU/kg\" cannot be converted", "a factor VIIa dose in IU/kg")
    M(sf, "unit-dose-missing", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "doseAndRate", 0, "doseQuantity"], {"value": 90}),
      "doseQuantity.code: dose has no unit", "a dose without a unit")
    M(sf, "unit-dose-total-mg", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "doseAndRate", 0, "doseQuantity"], {"value": 5, "unit": "mg", "system": "http://unitsofmeasure.org", "code": "mg"}),
      "dose unit \"mg\" cannot be converted to mcg/kg", "a total dose where a dose per kg belongs")
    M(sf, "unit-period-months", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "timing", "repeat", "periodUnit"], "mo"),
      "entry[5] (MedicationRequest) dosageInstruction[0].timing.repeat.periodUnit: period unit \"mo\" is not one of min, h, d, wk", "a dosing period in months")
    M(sf, "unit-period-missing", lambda b: delp(res(b, 5), ["dosageInstruction", 0, "timing", "repeat", "periodUnit"]),
      "timing.repeat.periodUnit: period has no unit", "a dosing period without its unit")
    M(sf, "unit-quantity-vials", lambda b: res(b, 5)["dispenseRequest"]["quantity"].update(unit="vials"),
      "entry[5] (MedicationRequest) dispenseRequest.quantity.unit: quantity unit \"vials\" cannot be converted to mcg", "a factor quantity in vials")
    M(sf, "unit-supply-months", lambda b: res(b, 5)["dispenseRequest"]["expectedSupplyDuration"].update(unit="mo", code="mo"),
      "entry[5] (MedicationRequest) dispenseRequest.expectedSupplyDuration.unit: supply duration unit \"mo\" is not d or wk", "a supply duration in months")

    # ---- impossible values and codes --------------------------------------------------------
    M(sf, "value-negative-weight", lambda b: setp(res(b, 6), ["valueQuantity", "value"], -70.0),
      "entry[6] (Observation) valueQuantity.value: body weight -70 kg is negative", "a negative weight")
    M(sf, "value-zero-weight", lambda b: setp(res(b, 6), ["valueQuantity", "value"], 0),
      "entry[6] (Observation) valueQuantity.value: body weight 0 kg is impossible", "a weight of 0 kg")
    M(sf, "value-negative-dose", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "doseAndRate", 0, "doseQuantity", "value"], -75),
      "doseQuantity.value: dose -75 ug/kg is not positive", "a negative dose")
    M(sf, "value-zero-frequency", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "timing", "repeat", "frequency"], 0),
      "timing.repeat.frequency: frequency 0 is not a positive whole number", "zero doses per period")
    M(sf, "value-fractional-frequency", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "timing", "repeat", "frequency"], 1.5),
      "frequency 1.5 is not a positive whole number", "one and a half doses per period")
    M(sf, "value-zero-period", lambda b: setp(res(b, 5), ["dosageInstruction", 0, "timing", "repeat", "period"], 0),
      "timing.repeat.period: interval 0 h is not positive", "a dosing interval of 0 hours")
    M(sf, "value-negative-quantity", lambda b: res(b, 5)["dispenseRequest"]["quantity"].update(value=-189000),
      "dispenseRequest.quantity.value: quantity -189000 ug is negative", "a negative quantity")
    M(sf, "value-zero-supply", lambda b: res(b, 5)["dispenseRequest"]["expectedSupplyDuration"].update(value=0),
      "dispenseRequest.expectedSupplyDuration.value: supply duration 0 d is not positive", "a supply of 0 days")
    M(hg, "value-negative-exposure-days", lambda b: setp(res(b, 20), ["item", 3, "answer", 0, "valueInteger"], -5),
      "item[3].answer[0].valueInteger: \"exposure-days\" is -5, a count cannot be negative", "negative exposure days")
    M(sf, "value-request-type-unknown", lambda b: setp(res(b, 8), ["item", 0, "answer", 0, "valueCoding", "code"], "renewal"),
      "entry[8] (QuestionnaireResponse) item[0].answer[0]: \"request-type\" answer \"renewal\" is not one of initial, continuation, dose-increase", "an unknown request type")
    M(sf, "value-birth-sex-x", lambda b: setp(res(b, 0), ["extension", 0, "valueCode"], "X"),
      "entry[0] (Patient) extension[0].valueCode: birth sex \"X\" is not M, F or UNK", "birth sex X")
    M(sf, "value-gender-unknown-code", lambda b: res(b, 0).update(gender="robot") or res(b, 0).pop("extension"),
      "entry[0] (Patient) gender: \"robot\" is not one of male, female, other, unknown", "an unknown gender code")
    M(sf, "value-line-of-business-gold", lambda b: setp(res(b, 3), ["type", "coding", 0, "code"], "gold"),
      "entry[3] (Coverage) type.coding: line of business \"gold\" is not one of", "an unknown line of business")
    M(hg, "value-titer-words", lambda b: res(b, 18).update(valueString="lots"),
      "entry[18] (Observation) valueString: \"lots\" is not a titer", "an AAV5 titer in words")
    M(hg, "value-titer-missing", lambda b: res(b, 18).pop("valueString"),
      "entry[18] (Observation) valueString: AAV5 neutralizing antibody titer has no valueString", "an AAV5 titer without its value")
    def metavir(stage):
        def change(b):
            b["entry"].append({"fullUrl": "urn:uuid:00000000-0000-4000-8000-00000000000a", "resource": {
                "resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "urn:pareview:observation", "code": "metavir-stage"}]},
                "effectiveDateTime": "2026-10-20", "valueInteger": stage}})
        return change
    M(hg, "value-metavir-stage-5", metavir(5), "entry[22] (Observation) value: METAVIR fibrosis stage must be 0 to 4", "fibrosis stage 5")
    M(hg, "value-metavir-stage-fraction", metavir(2.5), "METAVIR fibrosis stage must be 0 to 4", "fibrosis stage 2.5")
    M(sf, "value-alt-range-zero", lambda b: res(b, 7).update(referenceRange=[{"high": {"value": 0, "unit": "[beth'U]/mL"}}]),
      "entry[7] (Observation) referenceRange[0].high.value: upper limit of normal 0 [beth'U]/mL is not positive", "an upper limit of normal of 0")
    M(sf, "value-lab-no-value", lambda b: res(b, 7).pop("valueQuantity"),
      "entry[7] (Observation) valueQuantity: factor VIII inhibitor titer has no valueQuantity", "an inhibitor test without a result")
    M(sf, "value-document-no-content", lambda b: res(b, 9).update(content=[]),
      "entry[9] (DocumentReference) content: has no content", "a DocumentReference with no content")
    M(sf, "value-attachment-no-data-no-url", lambda b: res(b, 9)["content"][0]["attachment"].pop("data"),
      "entry[9] (DocumentReference) content[0].attachment: has neither data nor url", "an attachment with neither data nor url")
    M(sf, "value-attachment-missing", lambda b: res(b, 9)["content"][0].pop("attachment"),
      "entry[9] (DocumentReference) content[0].attachment: is missing", "content without its attachment")
    B("bom-then-nothing", b"\xef\xbb\xbf", "unexpected end of input (the input contains no JSON value)",
      "a byte order mark and nothing else")


# ---------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------


def policy_cases():
    with open(os.path.join(REPO, "resources", "policies", "cigna-ip0355.json"), encoding="utf-8") as f:
        base_text = f.read()
    base = json.loads(base_text)

    def P(name, data, expected, what):
        add("policies", name + ".json", data, expected, what)

    def M(name, change, expected, what):
        p = copy.deepcopy(base)
        change(p)
        P(name, json.dumps(p, indent=2, ensure_ascii=False) + "\n", expected, what)

    def T(name, old, new, expected, what, mark=None):
        """A text edit of the policy file; `expected` may hold {pos}: the
        LINE:COL where `mark` (default: the new text) starts."""
        text = sub(base_text, old, new)
        line, col = line_col(text, mark or new)
        P(name, text, expected.replace("{pos}", f"{line}:{col}"), what)

    pw = lambda p: p["pathways"][0]
    crit = lambda p, i: pw(p)["criteria"][i]

    # ---- not JSON, truncated ----------------------------------------------------------
    P("truncated-empty-file", "", "1:1: unexpected end of input", "an empty file")
    P("truncated-half", base_text[: len(base_text) // 2], "unexpected end of input (unterminated", "the first half of a policy")
    P("truncated-last-brace", base_text.rstrip()[:-1], "unexpected end of input (unterminated object starting at line 1, column 1)",
      "the closing brace is missing")
    T("syntax-trailing-comma", '"marketplace"\n', '"marketplace",\n', "trailing comma before ']' is not allowed", "a comma after the last list element")
    T("syntax-comment", '"notCovered": [],', '// reviewed 2025\n  "notCovered": [],', "{pos}: expected a string key but found '/'", "a // comment")
    T("syntax-single-quotes", '"payer": "Cigna"', "'payer': 'Cigna'", "{pos}: expected a string key but found \"'\"", "single quotes")
    T("syntax-leading-zero", '"value": 12\n', '"value": 012\n', "the number '012' has a leading zero", "a number with a leading zero")
    T("syntax-lone-surrogate", '"payer": "Cigna"', '"payer": "Cig\\ud800na"', "lone surrogate \\uD800", "a lone surrogate escape")
    T("syntax-nul-byte", '"payer": "Cigna",', '"payer": "Cigna",\x00', "control character U+0000", "a NUL byte between members")
    P("syntax-two-objects", base_text + base_text, "expected the end of input after the JSON value", "two policies in one file")
    P("utf8-ff-byte", sub(base_text.encode(), b'"Cigna"', b'"Cig\xffna"'), "invalid UTF-8 byte 0xFF", "byte 0xFF in the payer name")
    P("utf8-latin1-title", sub(base_text.encode(), "Hemophilia – Eptacog".encode(), "Hémophilie – Eptacog".encode("utf-8").replace("é".encode(), b"\xe9")),
      "invalid UTF-8 byte 0xE9", "a Latin-1 accent in the title")
    P("utf8-overlong", sub(base_text.encode(), b'"Cigna"', b'"Cig\xc1\xaena"'), "invalid UTF-8 byte 0xC1 (an overlong encoding)", "an overlong encoding")
    P("utf8-surrogate", sub(base_text.encode(), b'"Cigna"', b'"Cig\xed\xb0\x80na"'), "encodes a UTF-16 surrogate", "surrogate bytes in UTF-8")

    # ---- wrong types and shape --------------------------------------------------------------------
    P("type-root-array", "[" + base_text + "]", "1:1: a policy file holds one JSON object", "the policy wrapped in an array")
    P("type-root-number", "42\n", "1:1: a policy file holds one JSON object", "a number")
    M("type-id-number", lambda p: p.update(id=355), "\"id\" in the policy must be string, not number", "the id as a number")
    M("type-title-boolean", lambda p: p.update(title=True), "\"title\" in the policy must be string, not boolean", "a boolean where the title belongs")
    M("type-lines-of-business-boolean", lambda p: p.update(linesOfBusiness=True), "\"linesOfBusiness\" in the policy must be array, not boolean", "a boolean list")
    M("type-lines-of-business-number-item", lambda p: p["linesOfBusiness"].append(7), "\"linesOfBusiness\" in the policy must hold strings", "a number among the lines of business")
    M("type-drug-string", lambda p: p.update(drugs=["sevenfact"]), "a drug must be an object", "a drug as a bare string")
    M("type-pathways-object", lambda p: p.update(pathways=pw(p)), "\"pathways\" in the policy must be array, not object", "pathways is one object")
    M("type-criterion-string", lambda p: pw(p)["criteria"].append("Age 12 or older"), "a criterion must be an object", "a criterion as a bare string")
    M("type-rule-string", lambda p: crit(p, 0).update(rule="age >= 12"), "\"rule\" in criterion 1.A must be object, not string", "a rule as a string")
    M("type-age-value-string", lambda p: crit(p, 0)["rule"].update(value="12"), "\"value\" in rule \"age\" must be number, not string", "the age limit as a string")
    M("type-approval-string", lambda p: pw(p).update(approval="12 months"), "\"approval\" of pathway 1 must be an object or null", "approval as a string")
    M("type-equals-number", lambda p: crit(p, 1)["children"][1]["rule"].update(equals=1), "\"equals\" must be true, false or a code", "an attestation compared to a number")
    M("type-documentation-string", lambda p: crit(p, 0).update(documentation="yes"), "\"documentation\" in criterion 1.A must be boolean, not string", "\"yes\" where a boolean belongs")
    M("type-referral-target-number", lambda p: p.update(referrals={"other": {"*": 109}}), "referral target must be a policy number", "a referral target that is a number")
    M("type-referrals-list", lambda p: p.update(referrals={"other": ["commercial"]}), "referrals \"other\" must map lines of business to policies", "a referral as a list")

    # ---- missing, empty, unknown -----------------------------------------------------------------------
    M("missing-format", lambda p: p.pop("format"), "1:1: the policy needs \"format\"", "no format")
    M("missing-pathways", lambda p: p.pop("pathways"), "the policy needs \"pathways\"", "no pathways")
    M("missing-otherwise", lambda p: p.pop("otherwise"), "the policy needs \"otherwise\"", "no \"otherwise\"")
    M("missing-age-op", lambda p: crit(p, 0)["rule"].pop("op"), "rule \"age\" needs \"op\"", "an age rule without its operator")
    M("empty-title", lambda p: p.update(title=""), "\"title\" in the policy is empty", "an empty title")
    M("empty-title-whitespace", lambda p: p.update(title="   "), "\"title\" in the policy is empty", "a title of spaces")
    M("empty-drugs", lambda p: p.update(drugs=[]), "\"drugs\" is empty", "no drugs")
    M("empty-pathways", lambda p: p.update(pathways=[]), "the policy has no pathways", "an empty pathway list")
    M("empty-children", lambda p: crit(p, 1).update(children=[]), "criterion 1.B has an empty \"children\" list", "a criterion with no children")
    M("empty-rules-of-all", lambda p: pw(p)["appliesWhen"].update(rules=[]), "\"rules\" of rule \"all\" is empty", "an \"all\" of nothing")
    M("unknown-top-level-key", lambda p: p.update(pathway=[]), "unknown key \"pathway\" in the policy", "a misspelt top-level key")
    M("unknown-criterion-key", lambda p: crit(p, 0).update(lable="A"), "unknown key \"lable\" in criterion 1.A", "a misspelt criterion key")
    M("unknown-rule-kind", lambda p: crit(p, 0)["rule"].update(kind="magic"), "unknown rule kind \"magic\"", "an unknown rule kind")
    M("unknown-lab", lambda p: crit(p, 1)["children"][0]["rule"].update(lab="fviii-inhibitor-titre"), "unknown lab \"fviii-inhibitor-titre\"", "an unknown lab name")
    M("unknown-attestation-item", lambda p: crit(p, 1)["children"][1]["rule"].update(item="inhibitor-anamnestic"), "unknown attestation item \"inhibitor-anamnestic\"", "an unknown attestation item")
    M("unknown-drug-id", lambda p: p["drugs"][0].update(id="factor-x"), "drug id \"factor-x\" is not one of", "an unknown drug")
    M("unknown-line-of-business", lambda p: p["linesOfBusiness"].append("gold"), "\"gold\" is not one of", "an unknown line of business")
    M("unknown-request-type", lambda p: pw(p)["requestTypes"].append("renewal"), "\"renewal\" is not one of initial, continuation, dose-increase", "an unknown request type")
    M("unknown-prescriber-kind", lambda p: crit(p, 2)["rule"].update(**{"is": "nurse"}), "prescriber \"nurse\" is not one of", "an unknown prescriber kind")
    M("unknown-factor", lambda p: pw(p)["appliesWhen"]["rules"][1].update(factor="vii"), "factor must be \"viii\" or \"ix\"", "factor VII inhibitors")
    M("unknown-operator", lambda p: crit(p, 0)["rule"].update(op="=>"), "operator \"=>\" is not one of", "the operator =>")
    M("unknown-select", lambda p: crit(p, 1)["children"][0]["rule"].update(select="earliest"), "\"select\" can only be \"latest\"", "select earliest")
    M("unknown-sex", lambda p: crit(p, 0).update(rule={"kind": "sex-at-birth", "equals": "unknown"}), "sex at birth must be \"male\" or \"female\"", "sex at birth unknown")
    M("unknown-otherwise-action", lambda p: p["otherwise"].update(action="maybe"), "action \"maybe\" is not \"refer\" or \"not-covered\"", "an unknown fallback action")
    M("unknown-quantity-kind", lambda p: pw(p)["approval"]["quantity"].update(kind="bucket"), "quantity kind \"bucket\" is not per-kg-per-period, kit-table or text", "an unknown quantity kind")
    M("wrong-format-version", lambda p: p.update(format="pareview-policy/2"), "format \"pareview-policy/2\" is not \"pareview-policy/1\"", "a future format version")
    M("wrong-id-uppercase", lambda p: p.update(id="Cigna-IP0355"), "id \"Cigna-IP0355\" must be lower-case letters, digits and dashes", "an upper-case id")

    # ---- duplicates -----------------------------------------------------------------------------
    T("duplicate-key-id", '"id": "cigna-ip0355",', '"id": "cigna-ip0355",\n  "id": "cigna-ip0356",', "{pos}: duplicate key \"id\" (first at line 3)", "two ids", mark='"id": "cigna-ip0356"')
    T("duplicate-key-in-rule", '"op": ">=",\n            "value": 12', '"op": ">=",\n            "op": "<",\n            "value": 12', "duplicate key \"op\"", "a rule with two operators")
    emoji_key = "x" * 39 + "\U0001F600" + "y"
    T("duplicate-key-split-surrogate", '"payer": "Cigna",', f'"payer": "Cigna",\n  "{emoji_key}": 1,\n  "{emoji_key}": 2,',
      "{pos}: duplicate key \"" + "x" * 39 + "...\" (first at line 5)", "a duplicate key whose 40th character is an emoji", mark=f'"{emoji_key}": 2')
    M("duplicate-pathway-id", lambda p: p["pathways"].append(copy.deepcopy(pw(p))), "pathway id 1 is used twice", "two pathways with id 1")
    M("duplicate-criterion-label", lambda p: pw(p)["criteria"].append(copy.deepcopy(crit(p, 0))), "label 1.A is used twice", "two criteria labelled A")
    M("duplicate-child-label", lambda p: crit(p, 1)["children"].append(copy.deepcopy(crit(p, 1)["children"][0])), "label 1.B.i is used twice", "two children labelled B.i")
    M("duplicate-value-and-uln", lambda p: crit(p, 1)["children"][0]["rule"].update(ulnMultiple=2), "a lab comparison needs exactly one of \"value\" and \"ulnMultiple\"", "a lab limit given twice")
    M("duplicate-aav5-conditions", lambda p: crit(p, 0).update(rule={"kind": "aav5-nab", "maxTiter": 700, "detected": False}), "aav5-nab needs exactly one of", "two AAV5 conditions")

    # ---- dangling references ----------------------------------------------------------------------
    M("dangling-otherwise-referral", lambda p: p.update(otherwise={"action": "refer", "referral": "other-drugs"}), "referral \"other-drugs\" is not defined in \"referrals\"", "a referral that is not defined")
    M("dangling-kit-table", lambda p: pw(p)["approval"].update(quantity={"kind": "kit-table"}), "the policy uses kits but has no \"kitTable\"", "kit quantities without a kit table")
    M("dangling-referral-lob", lambda p: p.update(referrals={"other": {"gold": "PHARMACY-109"}}), "\"gold\" is not a line of business", "a referral for an unknown line of business")

    # ---- impossible dates, windows, values ---------------------------------------------------------------
    M("date-february-30", lambda p: p.update(effective="2025-02-30"), "\"2025-02-30\" is not a date (YYYY-MM-DD)", "February 30")
    M("date-short-form", lambda p: p.update(effective="2025-3-1"), "\"2025-3-1\" is not a date (YYYY-MM-DD)", "a date without leading zeros")
    M("date-with-time", lambda p: p.update(effective="2025-03-01T00:00:00"), "\"2025-03-01T00:00:00\" is not a date (YYYY-MM-DD)", "a date with a time")
    M("window-fortnights", lambda p: crit(p, 1)["children"][0]["rule"].update(within="3 fortnights"), "window \"3 fortnights\" is not", "a window in fortnights")
    M("window-zero-days", lambda p: crit(p, 1)["children"][0]["rule"].update(within="0 days"), "window \"0 days\" is not", "a window of 0 days")
    M("duration-forever", lambda p: pw(p)["approval"].update(duration="forever"), "duration \"forever\" is not \"N days\" or \"N months\"", "an approval forever")
    M("value-negative-amount", lambda p: pw(p)["approval"]["quantity"].update(amountPerKg=-2700), "amountPerKg and periodDays must be positive", "a negative amount per kg")
    M("value-huge-1e400", lambda p: None, "", "")  # replaced below (json cannot write 1e400)
    cases.pop()
    T("value-huge-1e400", '"value": 12\n', '"value": 1e400\n', "{pos}: number 1e400 is too large for a double", "an age limit beyond a double", mark="1e400")
    T("value-huge-2pow53", '"amountPerKg": 2700', '"amountPerKg": 9007199254740993', "{pos}: number 9007199254740993 is too large to hold exactly", "an amount a double cannot hold exactly", mark="9007199254740993")
    M("value-period-days-1e12", lambda p: pw(p)["approval"]["quantity"].update(periodDays=1e12),
      "\"periodDays\" in a quantity must be a whole number from", "a period of 10^12 days (overflows an int)")
    M("value-period-days-fraction", lambda p: pw(p)["approval"]["quantity"].update(periodDays=27.5),
      "\"periodDays\" in a quantity must be a whole number from", "a period of 27.5 days")
    kit = [{"minKg": 0, "maxKg": 60, "vials": 10, "ndc": "0053-0100-10"}, {"minKg": 61, "maxKg": 200, "vials": 16, "ndc": "0053-0160-16"}]
    def kits(change):
        def apply(p):
            p["kitTable"] = copy.deepcopy(kit)
            change(p["kitTable"])
        return apply
    M("value-kit-band-1e10-kg", kits(lambda k: k[1].update(maxKg=1e10)),
      "\"maxKg\" in a kit band must be a whole number from", "a kit band up to 10^10 kg (overflows an int)")
    M("value-kit-band-negative-vials", kits(lambda k: k[0].update(vials=-3e9)),
      "\"vials\" in a kit band must be a whole number from", "minus three billion vials")
    M("value-kit-band-upside-down", kits(lambda k: k[0].update(minKg=80)), "kit band 80–60 kg is upside down", "a kit band from 80 to 60 kg")
    M("value-kit-band-overlap", kits(lambda k: k[1].update(minKg=50)), "kit band starting at 50 kg overlaps the previous one", "overlapping kit bands")
    M("value-inhibitor-within-days-huge", lambda p: pw(p)["appliesWhen"]["rules"].append({"kind": "inhibitor-retest", "factor": "viii", "withinDays": 3e9}),
      "\"withinDays\" in rule \"inhibitor-retest\" must be a whole number from", "a retest window of 3 billion days")
    M("unit-dose-iu", lambda p: crit(p, 0).update(rule={"kind": "dose", "maxPerKg": 270, "unit": "IU/kg"}), "dose unit must be \"mcg/kg\" or \"{genome_copies}/kg\"", "a dose limit in IU/kg")
    M("label-with-dot", lambda p: crit(p, 0).update(label="A.1"), "label \"A.1\" must be one level (no dots)", "a dotted label")
    M("logic-without-children", lambda p: crit(p, 0).update(logic="all"), "criterion 1.A has \"logic\" but no children", "logic on a leaf")
    M("children-without-logic", lambda p: crit(p, 1).pop("logic"), "criterion 1.B has children and needs \"logic\": \"all\" or \"one\"", "children without logic")
    M("not-covered-without-rule", lambda p: p.update(notCovered=[{"label": "X", "text": "Cosmetic use"}]), "not-covered condition X needs a rule", "a not-covered condition without a rule")
    M("defined-by-measurement-hiv", lambda p: crit(p, 0).update(rule={"kind": "hiv-uncontrolled", "expect": False, "definedByMeasurement": True}),
      "\"definedByMeasurement\" applies to advanced-liver-disease only", "definedByMeasurement on an HIV rule")

    # ---- deep nesting -----------------------------------------------------------------------------
    rule = {"kind": "age", "op": ">=", "value": 12}
    for _ in range(120):
        rule = {"kind": "not", "rule": rule}
    M("deep-nesting-not-rules", lambda p: crit(p, 0).update(rule=rule), "nesting deeper than 100 levels", "120 nested \"not\" rules")
    P("deep-nesting-arrays", "[" * 5000 + "]" * 5000, "1:101: nesting deeper than 100 levels", "5000 nested arrays")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"), help="the shared specification folder")
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "data", "malformed"), help="where to write the corpus")
    args = ap.parse_args()

    bundle_cases(args.shared)
    policy_cases()

    for kind in ("bundles", "policies"):
        shutil.rmtree(os.path.join(args.out, kind), ignore_errors=True)
        os.makedirs(os.path.join(args.out, kind))
    for path, data, _, _ in cases:
        with open(os.path.join(args.out, path), "wb") as f:
            f.write(data)
    with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Written by tools/make_malformed.py; read by tests/tst_malformed.cpp.\n")
        f.write("# file\texpected substring of the refusal\twhat is wrong\n")
        for path, _, expected, what in cases:
            f.write(f"{path}\t{expected}\t{what}\n")
    counts = {k: sum(1 for c in cases if c[0].startswith(k + "/")) for k in ("bundles", "policies")}
    print(f"wrote {len(cases)} files ({counts['bundles']} bundles, {counts['policies']} policies) to {args.out}")


if __name__ == "__main__":
    sys.exit(main())
