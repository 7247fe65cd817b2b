# dis.stack_effect / opcode.stack_effect: the API, its errors, and instructions whose effect is
# the same in gilpy's instruction set and CPython's. (gilpy's effects for its own instructions
# are checked against its compiler by walking compiled code: every merge point agrees.)
import dis, opcode

print(dis.stack_effect is opcode.stack_effect, 'stack_effect' in dis.__all__, 'stack_effect' in opcode.__all__)
for name, arg in [('POP_TOP', None), ('LOAD_CONST', 0), ('LOAD_FAST', 1), ('STORE_FAST', 0),
                  ('BUILD_LIST', 3), ('BUILD_TUPLE', 0), ('BUILD_SET', 2), ('BUILD_MAP', 2),
                  ('BUILD_STRING', 4), ('UNPACK_SEQUENCE', 3), ('MAKE_FUNCTION', 9),
                  ('LIST_APPEND', 1), ('MAP_ADD', 1), ('STORE_ATTR', 0), ('RETURN_VALUE', None),
                  ('GET_ITER', None), ('IMPORT_FROM', 0), ('BINARY_SUBSCR', None),
                  ('STORE_SUBSCR', None), ('DELETE_SUBSCR', None), ('STORE_GLOBAL', 0)]:
    print(name, opcode.stack_effect(opcode.opmap[name], arg))
for j in (None, True, False):
    print('FOR_ITER', j, opcode.stack_effect(opcode.opmap['FOR_ITER'], 0, jump=j))
    print('JUMP_IF_FALSE_OR_POP', j, opcode.stack_effect(opcode.opmap['JUMP_IF_FALSE_OR_POP'], 0, jump=j))
for bad in [(opcode.opmap['LOAD_CONST'],), (opcode.opmap['POP_TOP'], 1), (opcode.opmap['BUILD_LIST'],)]:
    try:
        opcode.stack_effect(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    opcode.stack_effect('x')
except TypeError as e:
    print('TypeError', e)
