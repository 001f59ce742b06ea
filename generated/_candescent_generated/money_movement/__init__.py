"""The generated layer for money_movement: used through candescent_async.CandescentClient, not directly"""
