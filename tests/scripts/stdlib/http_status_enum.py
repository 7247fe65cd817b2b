# http.HTTPStatus and http.HTTPMethod (3.11): every member with its phrase and description, reprs, lookups, errors.
import http
for s in http.HTTPStatus: print('    (%d, %r, %r, %r),' % (s.value, s.name, s.phrase, s.description))
for m in http.HTTPMethod: print('    (%r, %r),' % (m.name, m.description))
print(repr(http.HTTPStatus.OK), str(http.HTTPStatus.OK), f'{http.HTTPStatus.OK}', repr(http.HTTPMethod.GET), str(http.HTTPMethod.GET), http.HTTPMethod.GET == 'GET', http.HTTPStatus(404), http.HTTPStatus.OK == 200)
print(http.HTTPStatus(404).phrase, http.HTTPStatus['NOT_FOUND'], http.HTTPMethod('POST'), http.HTTPStatus.OK + 1, isinstance(http.HTTPStatus.OK, int), len(http.HTTPStatus), len(http.HTTPMethod))
try: http.HTTPStatus(999)
except ValueError as e: print(e)
try: http.HTTPMethod('FOO')
except ValueError as e: print(e)
print(sorted(http.HTTPMethod)[:3], http.HTTPMethod.GET.value, http.HTTPStatus.OK.name, '%d' % http.HTTPStatus.NOT_FOUND, '{}'.format(http.HTTPMethod.PUT))
