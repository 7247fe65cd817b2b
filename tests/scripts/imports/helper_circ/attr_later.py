from attr_later import LATER
